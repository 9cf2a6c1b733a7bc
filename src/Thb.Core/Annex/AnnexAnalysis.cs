using Thb.Cycles;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>
/// Actions, contributors and money for one place. A row naming several places counts in full for each of them, so
/// the places' totals add up to more than the annex total.
/// </summary>
public sealed record PlaceTotal(string Kind, string? Code, string Name, int Actions, IReadOnlyList<Contributor> Contributors, decimal EurTotal, int RowsWithAmount)
{
    /// <summary>Kind of the pseudo-place that collects rows in which no place was recognised.</summary>
    public const string NoPlaceKind = "none";

    public int RowsWithoutAmount => Actions - RowsWithAmount;
}

/// <summary>Actions and money for one form-of-action category (Category null: the form cell was empty).</summary>
public sealed record FormTotal(ActionCategory? Category, int Actions, int Contributors, decimal EurTotal, int RowsWithAmount)
{
    public string Label => Category is { } c ? ActionCategories.Label(c) : "(not stated)";
    public int RowsWithoutAmount => Actions - RowsWithAmount;
}

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
    public static FundingTotal Of(Contributor? contributor, IReadOnlyCollection<RowDocument> rows) => new(
        contributor,
        rows.Count,
        rows.Sum(r => AnnexAnalysis.EurAmount(r) ?? 0m),
        rows.Count(r => AnnexAnalysis.EurAmount(r) is not null),
        rows.Count(IsRange),
        rows.Where(IsRange).Sum(r => r.Funding.MinEur ?? 0m),
        rows.Where(IsRange).Sum(r => r.Funding.MaxEur ?? 0m),
        rows.Count(r => Is(r, FundingKind.OtherCurrency)),
        rows.Count(r => Is(r, FundingKind.NonMonetary)),
        rows.Count(r => Is(r, FundingKind.NotAvailable)),
        rows.Count(r => Is(r, FundingKind.Placeholder)),
        rows.Count(r => Is(r, FundingKind.Empty)));

    private static bool IsRange(RowDocument r) => Is(r, FundingKind.Range);

    private static bool Is(RowDocument r, FundingKind kind) => FundingKinds.TryFromJson(r.Funding.Kind, out var k) && k == kind;
}

/// <summary>The views the reference annex never had: by place, by form of action, and funding per contributor.</summary>
public sealed record AnnexAnalysis(IReadOnlyList<PlaceTotal> Places, IReadOnlyList<FormTotal> Forms, IReadOnlyList<FundingTotal> Funding, FundingTotal FundingTotal)
{
    private static readonly string[] KindOrder = ["country", "region", "organisation", PlaceTotal.NoPlaceKind];

    /// <summary>The EUR amount a row states, when it states exactly one (ranges, other currencies and words have none).</summary>
    public static decimal? EurAmount(RowDocument row) =>
        FundingKinds.TryFromJson(row.Funding.Kind, out var kind) && kind == FundingKind.Amount ? row.Funding.AmountEur : null;

    /// <summary>The identity of a place across rows: countries by ISO code, other places by kind and name.</summary>
    public static (string Kind, string Key) PlaceKey(PlaceDocument place) => (place.Kind, place.Code ?? place.Name);

    public static AnnexAnalysis Compute(AnnexInput input)
    {
        var rows = input.InProtocolOrder.SelectMany(s => s.Rows.Select(r => (s.Contributor, Row: r))).ToList();

        var places = new Dictionary<(string Kind, string Key), List<(Contributor Contributor, RowDocument Row)>>();
        var names = new Dictionary<(string Kind, string Key), (string? Code, string Name)>();
        foreach (var item in rows)
        {
            var keys = item.Row.CountryRegion.Places.Select(p => (Key: PlaceKey(p), Place: p)).DistinctBy(p => p.Key).ToList();
            if (keys.Count == 0) keys.Add(((PlaceTotal.NoPlaceKind, ""), new PlaceDocument(PlaceTotal.NoPlaceKind, null, "(no place recognised)")));
            foreach (var (key, place) in keys)
            {
                if (!places.TryGetValue(key, out var list)) places[key] = list = [];
                list.Add(item);
                names.TryAdd(key, (place.Code, place.Code is { } code && Countries.Find(code) is { } country ? country.Name : place.Name));
            }
        }
        var placeTotals = places
            .Select(p => new PlaceTotal(
                p.Key.Kind,
                names[p.Key].Code,
                names[p.Key].Name,
                p.Value.Count,
                p.Value.Select(x => x.Contributor).DistinctBy(c => c.Id).ToList(),
                p.Value.Sum(x => EurAmount(x.Row) ?? 0m),
                p.Value.Count(x => EurAmount(x.Row) is not null)))
            .OrderBy(p => Array.IndexOf(KindOrder, p.Kind) is var i and >= 0 ? i : KindOrder.Length)
            .ThenByDescending(p => p.Actions)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        var byCategory = rows.ToLookup(x => x.Row.Form.Category is { } c ? ActionCategories.FromJson(c) : (ActionCategory?)null);
        var forms = ActionCategories.All.Select(c => (ActionCategory?)c).Append(null)
            .Select(c => (Category: c, Rows: byCategory[c].ToList()))
            .Where(c => c.Category is not null || c.Rows.Count > 0)
            .Select(c => new FormTotal(c.Category, c.Rows.Count, c.Rows.Select(x => x.Contributor.Id).Distinct().Count(),
                c.Rows.Sum(x => EurAmount(x.Row) ?? 0m), c.Rows.Count(x => EurAmount(x.Row) is not null)))
            .ToList();

        var funding = input.InProtocolOrder.Where(s => s.Submission is not null).Select(s => FundingTotal.Of(s.Contributor, s.Rows.ToList())).ToList();
        return new AnnexAnalysis(placeTotals, forms, funding, FundingTotal.Of(null, rows.Select(x => x.Row).ToList()));
    }
}
