using System.Globalization;
using Thb.Publication.Priorities;
using Thb.Publication.Regions;

namespace Thb.Publication.Document;

/// <summary>The priority view as the document's tables: third countries, regions (both ways), organisations.</summary>
public static class PriorityTables
{
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Contributors(PriorityFigures f)
    {
        var members = f.MemberStates.Count == 0 ? "none" : $"{N(f.MemberStates.Count)} ({string.Join(", ", f.MemberStates)})";
        return f.EuBodies.Count == 0 ? members : $"{members}; EU bodies: {string.Join(", ", f.EuBodies)}";
    }

    public static string Forms(PriorityFigures f) => string.Join(", ", f.Forms.Take(3).Select(x => $"{x.Label} {N(x.Actions)}")) + (f.Forms.Count > 3 ? ", …" : "");

    /// <summary>"EUR 1,223,490 (5 actions); ranges EUR 10,000–20,000 (1); other: USD 20,000", or "none stated".</summary>
    public static string Funding(FundingSummary f)
    {
        var parts = new List<string>();
        if (f.RowsWithEurAmount > 0) parts.Add($"EUR {DocumentText.Number(f.EurAmounts)} ({N(f.RowsWithEurAmount)} {(f.RowsWithEurAmount == 1 ? "action" : "actions")})");
        if (f.RowsWithRange > 0) parts.Add($"ranges EUR {DocumentText.Number(f.RangeMinimums)}–{DocumentText.Number(f.RangeMaximums)} ({N(f.RowsWithRange)})");
        if (f.OtherCurrencies.Count > 0) parts.Add("other currencies, not converted: " + string.Join(", ", f.OtherCurrencies.Select(m => $"{m.Currency} {DocumentText.Number(m.Amount)}")));
        return parts.Count == 0 ? "none stated" : string.Join("; ", parts);
    }

    public static string Change(ChangeSummary? c) => c is null ? "" :
        $"{N(c.New)} new, {N(c.Continued)} continued, {N(c.NoLongerReported)} no longer reported" + (c.Unlabelled > 0 ? $", {N(c.Unlabelled)} not compared" : "");

    internal static void Countries(DocumentBody body, PriorityView view)
    {
        var change = view.PreviousCycleId is { } previous;
        int[] widths = change ? [700, 1800, 900, 2900, 2300, 3000, 1300, 1670] : [700, 2200, 1000, 3300, 2700, 3370, 1300];
        var headers = new List<string> { "Rank", "Third country", "Actions", "Contributors", "Main forms of action", "Known funding", "Years" };
        if (change) headers.Add($"Change since {view.PreviousCycleId}");
        body.Table(widths, headers, view.Countries.Select(c =>
        {
            var f = c.Figures;
            var cells = new List<string> { N(c.Rank), c.Name, N(f.Actions), Contributors(f), Forms(f), Funding(f.Funding), f.Years?.ToString() ?? "" };
            if (change) cells.Add(Change(f.Change));
            return (IReadOnlyList<string>)cells;
        }));
    }

    internal static void Regions(DocumentBody body, PriorityView view)
    {
        var change = view.PreviousCycleId is not null;
        int[] widths = change ? [700, 1700, 1300, 800, 900, 1900, 2200, 2170, 1000, 1900] : [700, 1900, 1500, 900, 1000, 2200, 2570, 2500, 1300];
        var headers = new List<string> { "Rank", "Region", "Defined by", "Actions naming it", "With its countries", "Countries with actions", "Contributors (with its countries)", "Known funding (with its countries)", "Years" };
        if (change) headers.Add($"Change since {view.PreviousCycleId} (with its countries)");
        body.Table(widths, headers, view.Regions.Select(r =>
        {
            var cells = new List<string>
            {
                N(r.Rank), r.Name, Source(r.Area), N(r.Named.Actions), N(r.RolledUp.Actions),
                string.Join(", ", r.ActiveCountries.Select(code => Thb.Normalising.Places.Countries.Find(code)?.Name ?? code)),
                Contributors(r.RolledUp), Funding(r.RolledUp.Funding), r.RolledUp.Years?.ToString() ?? "",
            };
            if (change) cells.Add(Change(r.RolledUp.Change));
            return (IReadOnlyList<string>)cells;
        }));
    }

    internal static void Organisations(DocumentBody body, PriorityView view)
    {
        int[] widths = [700, 3000, 1000, 4500, 5370];
        body.Table(widths, ["Rank", "Organisation", "Actions", "Contributors", "Known funding"], view.Organisations.Select(o => (IReadOnlyList<string>)
            [N(o.Rank), o.Name, N(o.Figures.Actions), Contributors(o.Figures), Funding(o.Figures.Funding)]));
    }

    /// <summary>Where a region's membership comes from: "UN M49 145", "EU policy grouping", or named in returns only.</summary>
    public static string Source(Region? area) => area?.Level switch
    {
        null => "named in returns (no fixed membership)",
        RegionLevel.EuPolicyGrouping => "EU policy grouping",
        RegionLevel.Continent => $"UN M49 {area.Id} (continent)",
        _ => $"UN M49 {area.Id}",
    };
}
