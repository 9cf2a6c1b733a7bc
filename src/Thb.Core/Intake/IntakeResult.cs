namespace Thb.Intake;

/// <summary>What processing one upload came to: its recorded submission, and whether it is now the contributor's current return.</summary>
public sealed record IntakeResult(Submission Submission, bool Replayed, bool IsCurrent);
