using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Annex;

/// <summary>The views the reference annex never had: by place, by form of action, and funding per contributor.</summary>
public sealed record AnnexAnalysis(IReadOnlyList<PlaceTotal> Places, IReadOnlyList<FormTotal> Forms, IReadOnlyList<FundingTotal> Funding, FundingTotal FundingTotal)
{
    /// <summary>Countries, then regions, then organisations, then the rows without a recognised place.</summary>
    private static int KindOrder(PlaceKind? kind) => kind is { } k ? (int)k : int.MaxValue;

    /// <summary>The EUR amount a row states, when it states exactly one (ranges, other currencies and words have none).</summary>
    public static decimal? EurAmount(ReturnRow row) => row.Funding.Kind == FundingKind.Amount ? row.Funding.AmountEur : null;

    /// <summary>The identity of a place across rows: countries by ISO code, other places by kind and name.</summary>
    public static (PlaceKind? Kind, string Key) PlaceKey(Place place) => (place.Kind, place.Code ?? place.Name);

    public static AnnexAnalysis Compute(AnnexInput input)
    {
        var rows = input.InProtocolOrder.SelectMany(s => s.Rows.Select(r => (s.Contributor, Row: r))).ToList();
        var funding = input.InProtocolOrder.Where(s => s.Submission is not null).Select(s => FundingTotal.Of(s.Contributor, s.Rows.ToList())).ToList();
        return new AnnexAnalysis(ByPlace(rows), ByForm(rows), funding, FundingTotal.Of(null, rows.Select(x => x.Row).ToList()));
    }

    private static List<PlaceTotal> ByPlace(List<(Contributor Contributor, ReturnRow Row)> rows)
    {
        var places = new Dictionary<(PlaceKind? Kind, string Key), List<(Contributor Contributor, ReturnRow Row)>>();
        var names = new Dictionary<(PlaceKind? Kind, string Key), (string? Code, string Name)>();
        foreach (var item in rows)
        {
            var keys = item.Row.CountryRegion.Places.Select(p => (Key: PlaceKey(p), p.Code, p.Name)).DistinctBy(p => p.Key).ToList();
            if (keys.Count == 0) keys.Add(((null, ""), null, "(no place recognised)"));
            foreach (var (key, code, name) in keys)
            {
                if (!places.TryGetValue(key, out var list)) places[key] = list = [];
                list.Add(item);
                names.TryAdd(key, (code, code is not null && Countries.Find(code) is { } country ? country.Name : name));
            }
        }
        return places
            .Select(p => new PlaceTotal(
                p.Key.Kind,
                names[p.Key].Code,
                names[p.Key].Name,
                p.Value.Count,
                p.Value.Select(x => x.Contributor).DistinctBy(c => c.Id).ToList(),
                p.Value.Sum(x => EurAmount(x.Row) ?? 0m),
                p.Value.Count(x => EurAmount(x.Row) is not null)))
            .OrderBy(p => KindOrder(p.Kind))
            .ThenByDescending(p => p.Actions)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static List<FormTotal> ByForm(List<(Contributor Contributor, ReturnRow Row)> rows)
    {
        var byCategory = rows.ToLookup(x => x.Row.Form.Category);
        return ActionCategories.All.Select(c => (ActionCategory?)c).Append(null)
            .Select(c => (Category: c, Rows: byCategory[c].ToList()))
            .Where(c => c.Category is not null || c.Rows.Count > 0)
            .Select(c => new FormTotal(c.Category, c.Rows.Count, c.Rows.Select(x => x.Contributor.Id).Distinct().Count(),
                c.Rows.Sum(x => EurAmount(x.Row) ?? 0m), c.Rows.Count(x => EurAmount(x.Row) is not null)))
            .ToList();
    }
}
