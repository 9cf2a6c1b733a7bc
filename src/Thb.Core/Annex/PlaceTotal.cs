using Thb.Cycles;
using Thb.Normalising.Places;

namespace Thb.Annex;

/// <summary>
/// Actions, contributors and money for one place (Kind null: the pseudo-place that collects the rows in which no place
/// was recognised). A row naming several places counts in full for each of them, so the places' totals add up to more
/// than the annex total.
/// </summary>
public sealed record PlaceTotal(PlaceKind? Kind, string? Code, string Name, int Actions, IReadOnlyList<Contributor> Contributors, decimal EurTotal, int RowsWithAmount)
{
    public int RowsWithoutAmount => Actions - RowsWithAmount;
}
