using System.Globalization;
using Thb.Cycles;
using Thb.Normalising.Places;
using Thb.Publication;
using Thb.Publication.Charts;
using Thb.Publication.Document;
using Thb.Publication.Priorities;

namespace Thb.Annex;

/// <summary>
/// The annex's "Priority countries and regions" sheet, in the annex's styles: the ranked third countries, the regions
/// both ways (the rows naming the region itself, and rolled up with its countries), and the organisations, each with
/// its contributors, forms of action, known funding (EUR amounts and EUR ranges in columns of their own, other
/// currencies listed as written, never added to EUR), the years covered and, when there is a previous cycle, the change
/// since it. Added to the written workbook with the Charts sheet (<see cref="AddedSheet"/>), one pass over the package.
/// </summary>
public static class PrioritySheet
{
    public const string Name = "Priority countries and regions";

    public static AddedSheet For(CycleId cycleId, PriorityView view) => new(Name, stream => Write(stream, cycleId, view));

    private static readonly double[] FigureWidths = [9, 9, 28, 16, 30, 14, 10, 14, 14, 10, 22, 10, 8, 8];
    private static readonly double[] ChangeWidths = [10, 10, 10, 10];
    private static readonly double[] RegionWidths = [11, 36];

    private static readonly string[] FigureHeaders =
    [
        "Actions", "Member States", "Member States (names)", "EU bodies", "Forms of action", "EUR amounts", "Actions with an EUR amount",
        "EUR ranges: sum of minimums", "EUR ranges: sum of maximums", "Actions with an EUR range", "Other currencies (not converted, not in EUR)",
        "Actions stating no money", "From year", "To year",
    ];

    internal static void Write(Stream stream, CycleId cycleId, PriorityView view)
    {
        var change = view.PreviousCycleId is not null;
        IEnumerable<double> widths = [6, 26, 16, .. FigureWidths, .. change ? ChangeWidths : [], .. RegionWidths];
        using var w = new SheetWriter(stream, new SheetSetup(widths.ToList(), $"&LCycle {SheetWriter.FooterText(cycleId)}&C&A&RPage &P of &N"));
        var span = 3 + FigureWidths.Length;
        w.Row(SheetCell.Of("Priority third countries and regions", AnnexStyle.Title));
        w.MergedRow(Note(Explanation(view)), span);
        w.Row();
        Table(w, "Third countries", ["Rank", "Third country", "Code"], [], view.Countries.Select(c => Line(c.Rank, Label(c), c.Code, c.Figures, [])),
            "No third country is named in the accepted returns.", view.PreviousCycleId, span);
        Table(w, "Regions", ["Rank", "Region", "Defined by"], ["Actions naming the region itself", "Its countries with actions"],
            view.Regions.Select(r => Line(r.Rank, r.Name, PriorityTables.Source(r.Area), r.RolledUp,
                [SheetCell.Of(r.Named.Actions, AnnexStyle.Count), SheetCell.Of(string.Join(", ", r.ActiveCountries.Select(CountryLabel)))])),
            "No region is named in the accepted returns, and none of their countries lies in one.", view.PreviousCycleId, span);
        Table(w, "Organisations (no territory)", ["Rank", "Organisation", ""], [], view.Organisations.Select(o => Line(o.Rank, o.Name, null, o.Figures, [])),
            "No organisation is named in the accepted returns.", view.PreviousCycleId, span);
        foreach (var note in Notes(view)) w.MergedRow(Note(note), span);
    }

    private delegate SheetCell?[] LineCells(bool change);

    private static LineCells Line(int rank, string name, string? code, PriorityFigures f, SheetCell?[] extra) => change =>
        [SheetCell.Of(rank, AnnexStyle.Count), SheetCell.Of(name), SheetCell.Of(code), .. Figures(f), .. change ? Change(f.Change) : [], .. extra];

    private static void Table(SheetWriter w, string title, string[] leading, string[] extra, IEnumerable<LineCells> lines, string none, string? previous, int span)
    {
        var change = previous is not null;
        w.MergedRow(SheetCell.Of(title, AnnexStyle.SectionTitle), span);
        var list = lines.ToList();
        if (list.Count == 0)
        {
            w.MergedRow(Note(none), span);
        }
        else
        {
            string[] changeHeaders = change ? [$"New since {previous}", "Continued", $"{previous}: no longer reported", "Not compared"] : [];
            w.Row([.. leading.Concat(FigureHeaders).Concat(changeHeaders).Concat(extra).Select(h => (SheetCell?)SheetCell.Of(h, AnnexStyle.Header))]);
            foreach (var line in list) w.Row(line(change));
        }
        w.Row();
    }

    private static IEnumerable<SheetCell?> Figures(PriorityFigures f)
    {
        var money = f.Funding;
        yield return SheetCell.Of(f.Actions, AnnexStyle.Count);
        yield return SheetCell.Of(f.MemberStates.Count, AnnexStyle.Count);
        yield return SheetCell.Of(string.Join(", ", f.MemberStates));
        yield return SheetCell.Of(string.Join(", ", f.EuBodies));
        yield return SheetCell.Of(string.Join(", ", f.Forms.Select(x => $"{x.Label} {x.Actions.ToString(CultureInfo.InvariantCulture)}")));
        yield return SheetCell.Of(money.EurAmounts, AnnexStyle.Money);
        yield return SheetCell.Of(money.RowsWithEurAmount, AnnexStyle.Count);
        yield return SheetCell.Of(money.RangeMinimums, AnnexStyle.Money);
        yield return SheetCell.Of(money.RangeMaximums, AnnexStyle.Money);
        yield return SheetCell.Of(money.RowsWithRange, AnnexStyle.Count);
        yield return SheetCell.Of(string.Join("; ", money.OtherCurrencies.Select(m => $"{m.Currency} {DocumentText.Number(m.Amount)}")));
        yield return SheetCell.Of(money.RowsWithoutMoney, AnnexStyle.Count);
        yield return f.Years is { } y ? SheetCell.Of(y.First, AnnexStyle.Data) : SheetCell.Of((string?)null);
        yield return f.Years is { } z ? SheetCell.Of(z.Last, AnnexStyle.Data) : SheetCell.Of((string?)null);
    }

    private static IEnumerable<SheetCell?> Change(ChangeSummary? c) => c is null
        ? [SheetCell.Of((string?)null), SheetCell.Of((string?)null), SheetCell.Of((string?)null), SheetCell.Of((string?)null)]
        : [SheetCell.Of(c.New, AnnexStyle.Count), SheetCell.Of(c.Continued, AnnexStyle.Count), SheetCell.Of(c.NoLongerReported, AnnexStyle.Count), SheetCell.Of(c.Unlabelled, AnnexStyle.Count)];

    private static string Explanation(PriorityView view) =>
        "Ranked by actions, then contributors, then known EUR amounts. A row naming several places counts in full for each. A region counts " +
        "with its countries (and the areas inside it), each row once; \"Actions naming the region itself\" counts only the rows that name it. " +
        "Funding: EUR amounts and EUR ranges are summed apart; other currencies are listed as written and never added to EUR. " +
        (view.PreviousCycleId is { } previous
            ? $"Change: actions labelled new or continued since cycle {previous}, and that cycle's actions not reported again."
            : "There is no previous cycle to compare with.");

    private static IEnumerable<string> Notes(PriorityView view)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        yield return $"{N(view.Actions)} actions in all: {N(view.ActionsInsideEu)} name a place inside the EU (counted apart, not ranked); " +
                     $"{N(view.ActionsWithoutPlace)} name no place that was recognised.";
        if (view.Countries.Any(c => c.Code == KosovoDesignation.Code) || view.Regions.Any(r => r.ActiveCountries.Contains(KosovoDesignation.Code)))
            yield return KosovoDesignation.Footnote;
    }

    private static string Label(PriorityEntry country) => country.Code is { } code ? CountryLabel(code) : country.Name;

    private static string CountryLabel(string code) => code == KosovoDesignation.Code ? KosovoDesignation.Label : Countries.Find(code)?.Name ?? code;

    private static SheetCell Note(string text) => SheetCell.Of(text, AnnexStyle.Note);
}
