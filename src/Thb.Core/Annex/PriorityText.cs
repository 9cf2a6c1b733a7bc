using System.Globalization;
using Thb.Intake.Findings;
using Thb.Publication;
using Thb.Publication.Document;
using Thb.Publication.Priorities;

namespace Thb.Annex;

/// <summary>
/// A priority report as console tables, one line per country, region or organisation: rank, actions, how many Member
/// States and which EU bodies, known funding (EUR amounts and EUR ranges apart, other currencies listed as written),
/// years, and the change since the previous cycle when there is one. Every figure in full is in `--json`.
/// </summary>
public static class PriorityText
{
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static void Write(TextWriter output, PriorityReport report)
    {
        var view = report.View;
        output.WriteLine($"Priority third countries and regions — cycle {report.CycleId} \"{report.CycleTitle}\": {N(view.Actions)} actions from " +
                         $"{N(report.ContributorsWithReturn)} of {N(report.Contributors)} contributors' accepted returns " +
                         $"(read {report.ReadAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC).");
        output.WriteLine("Ranked by actions, then contributors, then known EUR amounts; a row naming several places counts for each. " +
                         (view.PreviousCycleId is { } p ? $"Change: since cycle {p}." : "No previous cycle to compare with."));
        Table(output, "Third countries", "country", view.PreviousCycleId, view.Countries.Select(c => new Line(c.Rank, Name(c), null, c.Figures)),
            "No third country is named in the accepted returns.");
        Table(output, "Regions (actions with their countries; in brackets, naming the region itself)", "region", view.PreviousCycleId,
            view.Regions.Select(r => new Line(r.Rank, r.Name, r.Named.Actions, r.RolledUp)), "No region is named in the accepted returns, and none of their countries lies in one.");
        Table(output, "Organisations (no territory)", "organisation", view.PreviousCycleId, view.Organisations.Select(o => new Line(o.Rank, o.Name, null, o.Figures)),
            "No organisation is named in the accepted returns.");
        output.WriteLine();
        output.WriteLine($"{N(view.ActionsInsideEu)} action(s) name a place inside the EU (counted apart, not ranked); {N(view.ActionsWithoutPlace)} name no place that was recognised.");
        if (view.Countries.Any(c => c.Code == KosovoDesignation.Code)) output.WriteLine(KosovoDesignation.Footnote);
        output.WriteLine("Add --json for every figure (contributors by name, forms of action, funding in full, the regions' countries).");
    }

    private sealed record Line(int Rank, string Name, int? Itself, PriorityFigures Figures);

    private static void Table(TextWriter output, string title, string what, string? previous, IEnumerable<Line> lines, string none)
    {
        output.WriteLine();
        output.WriteLine(title);
        var list = lines.ToList();
        if (list.Count == 0)
        {
            output.WriteLine($"  {none}");
            return;
        }
        output.WriteLine(($"  {"rank",4}  {what,-30} {"actions",9} {"MS",3}  {"EU bodies",-20} {"EUR amounts",-22} {"EUR ranges",-26} {"other currencies",-22} {"years",-9}" +
                         (previous is null ? "" : "  new / continued / no longer reported")).TrimEnd());
        foreach (var line in list) output.WriteLine(Format(line, previous is not null));
    }

    private static string Format(Line line, bool change)
    {
        var f = line.Figures;
        var money = f.Funding;
        var actions = line.Itself is { } itself ? $"{N(f.Actions)} ({N(itself)})" : N(f.Actions);
        var amounts = money.RowsWithEurAmount == 0 ? "-" : $"{DocumentText.Number(money.EurAmounts)} ({N(money.RowsWithEurAmount)})";
        var ranges = money.RowsWithRange == 0 ? "-" : $"{DocumentText.Number(money.RangeMinimums)}–{DocumentText.Number(money.RangeMaximums)} ({N(money.RowsWithRange)})";
        var others = money.OtherCurrencies.Count == 0 ? "-" : string.Join("; ", money.OtherCurrencies.Select(m => $"{m.Currency} {DocumentText.Number(m.Amount)}"));
        var text = $"  {N(line.Rank),4}  {FindingText.Shorten(line.Name, 30),-30} {actions,9} {N(f.MemberStates.Count),3}  {FindingText.Shorten(f.EuBodies.Count == 0 ? "-" : string.Join(", ", f.EuBodies), 20),-20} " +
                   $"{amounts,-22} {ranges,-26} {FindingText.Shorten(others, 22),-22} {f.Years?.ToString() ?? "-",-9}";
        return change && f.Change is { } c ? $"{text}  {N(c.New)} / {N(c.Continued)} / {N(c.NoLongerReported)}" : text.TrimEnd();
    }

    private static string Name(PriorityEntry country) => country.Code == KosovoDesignation.Code ? KosovoDesignation.Label : $"{country.Name} ({country.Code})";
}
