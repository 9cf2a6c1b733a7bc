using Thb.Cycles;

namespace Thb.Review.Corrections;

/// <summary>
/// A correction of one row's reading: contributor and row of a cycle, the reading given, the raw text it was made for
/// (a row rewritten by a later upload no longer matches, so the correction stops applying), who, when, why, and its undoing.
/// </summary>
public sealed record ReadingCorrection(string Id, CycleId CycleId, ContributorId ContributorId, int Row, CorrectedReading Reading, string RawText,
    string Reason, string By, DateTimeOffset At, Undoing? Undone = null)
{
    public bool IsActive => Undone is null;

    /// <summary>The row's sheet when it is not the return's first table's (as <c>ReturnRow.Sheet</c>); null otherwise.</summary>
    public string? Sheet { get; init; }
}
