using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Normalising.Funding;

namespace Thb.Annex;

/// <summary>One contributor's funding: EUR amounts summed, ranges summed at both ends, other kinds counted.</summary>
public sealed record FundingTotal(
    Contributor? Contributor,
    int Actions,
    decimal EurTotal,
    int RowsWithAmount,
    int Ranges,
    decimal RangeMinTotal,
    decimal RangeMaxTotal,
    int OtherCurrency,
    int NonMonetary,
    int NotAvailable,
    int Placeholder,
    int Empty)
{
    public static FundingTotal Of(Contributor? contributor, IReadOnlyCollection<ReturnRow> rows)
    {
        var ranges = rows.Where(r => r.Funding.Kind == FundingKind.Range).ToList();
        return new FundingTotal(
            contributor,
            rows.Count,
            rows.Sum(r => AnnexAnalysis.EurAmount(r) ?? 0m),
            rows.Count(r => AnnexAnalysis.EurAmount(r) is not null),
            ranges.Count,
            ranges.Sum(r => r.Funding.MinEur ?? 0m),
            ranges.Sum(r => r.Funding.MaxEur ?? 0m),
            rows.Count(r => r.Funding.Kind == FundingKind.OtherCurrency),
            rows.Count(r => r.Funding.Kind == FundingKind.NonMonetary),
            rows.Count(r => r.Funding.Kind == FundingKind.NotAvailable),
            rows.Count(r => r.Funding.Kind == FundingKind.Placeholder),
            rows.Count(r => r.Funding.Kind == FundingKind.Empty));
    }
}
