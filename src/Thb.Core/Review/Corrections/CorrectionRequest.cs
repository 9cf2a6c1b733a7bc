namespace Thb.Review.Corrections;

/// <summary>A person's correction of one row's reading, with the reason.</summary>
public sealed record CorrectionRequest(string CycleId, string ContributorId, int Row, CorrectedReading Reading, string Reason, string By);
