using Thb.Normalising.Funding;

namespace Thb.Publication.Priorities;

/// <summary>
/// Known funding of a set of rows, each kind kept apart: single EUR amounts summed, EUR ranges summed at each end,
/// other currencies summed per currency (never converted, never added to EUR), and how many rows state no money.
/// </summary>
public sealed record FundingSummary(
    decimal EurAmounts,
    int RowsWithEurAmount,
    decimal RangeMinimums,
    decimal RangeMaximums,
    int RowsWithRange,
    IReadOnlyList<Money> OtherCurrencies,
    int RowsWithoutMoney)
{
    public static FundingSummary Of(IEnumerable<Funding> fundings)
    {
        var list = fundings.ToList();
        var amounts = list.Where(f => f.Kind == FundingKind.Amount && f.AmountEur is not null).ToList();
        var ranges = list.Where(f => f.Kind == FundingKind.Range).ToList();
        var other = list.Where(f => f.Kind == FundingKind.OtherCurrency && f.Original is not null).ToList();
        return new FundingSummary(
            amounts.Sum(f => f.AmountEur!.Value),
            amounts.Count,
            ranges.Sum(f => f.MinEur ?? 0m),
            ranges.Sum(f => f.MaxEur ?? 0m),
            ranges.Count,
            other.GroupBy(f => f.Original!.Value.Currency).OrderBy(g => g.Key.Value, StringComparer.Ordinal)
                .Select(g => new Money(g.Sum(f => f.Original!.Value.Amount), g.Key)).ToList(),
            list.Count - amounts.Count - ranges.Count - other.Count);
    }
}
