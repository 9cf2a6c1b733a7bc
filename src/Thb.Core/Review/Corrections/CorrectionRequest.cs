using Thb.Cycles;

namespace Thb.Review.Corrections;

/// <summary>
/// A person's correction of one row's reading, with the reason. <see cref="Sheet"/> names the row's sheet when it is
/// not on the return's first table's sheet (section sheets number their rows alike); null: the first table's sheet, or
/// the only row of that number.
/// </summary>
public sealed record CorrectionRequest(CycleId CycleId, ContributorId ContributorId, int Row, CorrectedReading Reading, string Reason, string By)
{
    public string? Sheet { get; init; }
}
