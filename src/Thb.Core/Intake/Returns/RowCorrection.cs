namespace Thb.Intake.Returns;

/// <summary>
/// One corrected reading of a row, as the row read back shows it: which reading, from which correction or rule, who
/// made it, when and why, and the reading it replaced. The raw text is never changed; the row's reading is the
/// corrected one.
/// </summary>
public sealed record RowCorrection(string Id, ReadingField Field, CorrectionSource Source, string Reason, string By, DateTimeOffset At, ReadingBefore Before);
