using System.Globalization;
using Thb.Changes;

namespace Thb.Annex;

/// <summary>
/// The annex's "Changes since &lt;cycle&gt;" sheet, when the cycle names a predecessor: per contributor how many rows are
/// new, continued and no longer reported, then every labelled row with what changed. Descriptions show what six
/// wrapped lines hold (the Annex sheet has every word; the Row column finds it there).
/// </summary>
internal static class AnnexChangesSheet
{
    public static IReadOnlyList<double> ColumnWidths { get; } = [24, 12, 12, 14, 26, 70, 36];

    /// <summary>The summary's header row, repeated on each printed page.</summary>
    public const int PrintTitleRow = 4;

    private const int DescriptionLines = 6;

    /// <summary>"Changes since 2011-1", within Excel's 31 characters of a sheet name.</summary>
    public static string Name(CycleChanges changes)
    {
        var name = $"Changes since {changes.PreviousCycleId}";
        return name.Length <= 31 ? name : name[..31];
    }

    public static void Write(SheetWriter w, CycleChanges changes)
    {
        var previous = changes.PreviousCycleId;
        w.Row(SheetCell.Of($"Changes since cycle {previous}", AnnexStyle.Title));
        w.MergedRow(SheetCell.Of($"Each contributor's rows are matched to its rows of cycle {previous}: the same action when description, partners, places and period are alike. " +
                                 $"New: not found in {previous}; continued: found, with what changed; no longer reported: a row of {previous} not found again. " +
                                 "Contributors without an accepted return in this cycle are not compared.", AnnexStyle.Note), ColumnWidths.Count);
        w.Row();
        WriteSummary(w, changes);
        w.Row();
        WriteRows(w, changes);
    }

    private static void WriteSummary(SheetWriter w, CycleChanges changes)
    {
        w.Row(Header("Contributor"), Header("New"), Header("Continued"), Header("No longer reported"), Header("Summary"));
        foreach (var c in changes.Contributors)
        {
            w.Row(SheetCell.Of(c.Contributor.Name), Count(c.Compared, c.New), Count(c.Compared, c.Continued), Count(c.Compared, c.NoLongerReported),
                SheetCell.Of(ChangeWords.Summary(c)));
        }
        w.Row(SheetCell.Of("Total", AnnexStyle.TotalLabel), SheetCell.Of(changes.New, AnnexStyle.TotalCount), SheetCell.Of(changes.Continued, AnnexStyle.TotalCount),
            SheetCell.Of(changes.NoLongerReported, AnnexStyle.TotalCount), SheetCell.Empty(AnnexStyle.TotalLabel));
    }

    private static void WriteRows(SheetWriter w, CycleChanges changes)
    {
        w.Row(Header("Contributor"), Header("Change"), Header("Row"), Header($"Row in {changes.PreviousCycleId}"), Header("Country or region"), Header("Description"), Header("What changed"));
        foreach (var c in changes.Contributors)
            foreach (var m in c.Matches)
            {
                var shown = m.Current ?? m.Previous!;
                w.Row(SheetCell.Of(c.Contributor.Name), SheetCell.Of(ChangeWords.Label(m.Label)), RowNumber(m.Current?.Row), RowNumber(m.Previous?.Row),
                    SheetCell.Of(shown.CountryRegion.Raw), SheetCell.Of(Clipped(shown.Description.Raw ?? "")),
                    SheetCell.Of(m.Label == ChangeLabel.Continued ? ChangeWords.Describe(m.Amendments) : ""));
            }
    }

    private static string Clipped(string text)
    {
        var parts = CellText.Split(text, SheetWriter.CharsPerLine(ColumnWidths[5]), DescriptionLines);
        return parts.Count <= 1 ? text : parts[0].TrimEnd() + " …";
    }

    private static SheetCell Header(string text) => SheetCell.Of(text, AnnexStyle.Header);

    private static SheetCell Count(bool compared, int value) => compared ? SheetCell.Of(value, AnnexStyle.Count) : SheetCell.Empty(AnnexStyle.Count);

    private static SheetCell RowNumber(int? row) => row is { } r ? SheetCell.Of(r.ToString(CultureInfo.InvariantCulture), AnnexStyle.Data) : SheetCell.Empty(AnnexStyle.Data);
}
