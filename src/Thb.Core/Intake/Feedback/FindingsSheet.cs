using Thb.Json;
using System.Globalization;
using System.Xml;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Localisation;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>
/// The first sheet of every feedback copy: the verdict, then one row per finding (severity, where, code, what to
/// write instead), each cell reference a link to the cell. Written forward-only with inline strings.
/// </summary>
internal static class FindingsSheet
{
    private const string Main = OoxmlNames.SpreadsheetMain;
    private static readonly double[] Widths = [5, 10, 16, 30, 100];

    /// <param name="linkable">Whether a sheet name is in the workbook, so a finding there can link to its cell.</param>
    public static void Write(Stream output, ReturnCheck check, DateTimeOffset processedAt, string? note, FeedbackStyles styles, Func<string, bool> linkable,
        Language language)
    {
        using var w = SpreadsheetXml.CreateWriter(output);
        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", Main);
        w.WriteAttributeString("xmlns", "r", null, OoxmlNames.Relationships);
        WriteLayout(w);
        var links = WriteRows(w, check, processedAt, note, styles, linkable, language);
        if (links.Count > 0)
        {
            w.WriteStartElement("hyperlinks", Main);
            foreach (var (reference, location) in links) Empty(w, "hyperlink", ("ref", reference), ("location", location), ("display", location));
            w.WriteEndElement();
        }
        Empty(w, "pageMargins", ("left", "0.5"), ("right", "0.5"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3"));
        Empty(w, "pageSetup", ("orientation", "landscape"), ("fitToWidth", "1"), ("fitToHeight", "0"));
        w.WriteEndElement();
    }

    private const int HeaderRow = 5;

    /// <summary>Fit to page, the selected tab with the header frozen, the column widths.</summary>
    private static void WriteLayout(XmlWriter w)
    {
        const int headerRow = HeaderRow;
        w.WriteStartElement("sheetPr", Main);
        Empty(w, "pageSetUpPr", ("fitToPage", "1"));
        w.WriteEndElement();
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        w.WriteAttributeString("tabSelected", "1");
        w.WriteAttributeString("workbookViewId", "0");
        Empty(w, "pane", ("ySplit", headerRow.ToString(CultureInfo.InvariantCulture)), ("topLeftCell", $"A{headerRow + 1}"), ("activePane", "bottomLeft"), ("state", "frozen"));
        Empty(w, "selection", ("pane", "bottomLeft"), ("activeCell", $"A{headerRow + 1}"), ("sqref", $"A{headerRow + 1}"));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cols", Main);
        for (var i = 0; i < Widths.Length; i++)
        {
            var column = (i + 1).ToString(CultureInfo.InvariantCulture);
            Empty(w, "col", ("min", column), ("max", column), ("width", Widths[i].ToString(CultureInfo.InvariantCulture)), ("customWidth", "1"));
        }
        w.WriteEndElement();
    }

    /// <summary>The sheet's rows: title, verdict, when, note, header, one row per finding; returns the links to the cells.</summary>
    private static List<(string Reference, string Location)> WriteRows(XmlWriter w, ReturnCheck check, DateTimeOffset processedAt, string? note,
        FeedbackStyles styles, Func<string, bool> linkable, Language language)
    {
        var texts = FeedbackTexts.In(language);
        const int headerRow = HeaderRow;
        w.WriteStartElement("sheetData", Main);
        Row(w, 1, (FindingsStyle.Title, texts.Format("Title", check.File)));
        Row(w, 2, (FindingsStyle.Body, texts.Format("Verdict", FeedbackTexts.Status(check.Status, language), check.Rows.Count, check.ErrorCount, check.WarningCount)));
        Row(w, 3, (FindingsStyle.Body, texts.Format("Checked", processedAt.ToUniversalTime()) +
                                     (check.Delegation is null ? "" : texts.Format("Checked.Delegation", check.Delegation)) +
                                     (check.Cycle is null ? "" : texts.Format("Checked.Cycle", check.Cycle))));
        if (note is not null) Row(w, 4, (FindingsStyle.Note, note));
        Row(w, headerRow, [.. new[] { "Number", "Severity", "Where", "Code", "Message" }.Select(h => (FindingsStyle.Header, texts[$"Header.{h}"]))]);
        var row = headerRow + 1;
        var links = new List<(string Reference, string Location)>();
        foreach (var finding in check.Findings)
        {
            var severity = finding.Severity switch { FindingSeverity.Error => FindingsStyle.Error, FindingSeverity.Warning => FindingsStyle.Warning, _ => FindingsStyle.Info };
            Row(w, row, (FindingsStyle.Body, (row - headerRow).ToString(CultureInfo.InvariantCulture)), (severity, FeedbackTexts.Severity(finding.Severity, language)),
                (FindingsStyle.Body, finding.Location), (FindingsStyle.Body, finding.Code), (FindingsStyle.Body, finding.In(language)));
            if (finding.Sheet is not null && finding.Cell is not null && linkable(finding.Sheet))
                links.Add(($"C{row}", $"'{finding.Sheet.Replace("'", "''", StringComparison.Ordinal)}'!{finding.Cell}"));
            row++;
        }
        if (check.Findings.Count == 0) Row(w, row, (FindingsStyle.Body, ""), (FindingsStyle.Body, ""), (FindingsStyle.Body, ""), (FindingsStyle.Body, ""),
            (FindingsStyle.Body, texts["Nothing"]));
        w.WriteEndElement();
        return links;

        void Row(XmlWriter writer, int number, params (FindingsStyle Style, string Text)[] cells)
        {
            writer.WriteStartElement("row", Main);
            writer.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < cells.Length; i++)
            {
                writer.WriteStartElement("c", Main);
                writer.WriteAttributeString("r", Thb.Workbooks.CellReference.ColumnName(i + 1) + number.ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("s", styles.Index(cells[i].Style).ToString(CultureInfo.InvariantCulture));
                if (cells[i].Text.Length > 0)
                {
                    writer.WriteAttributeString("t", "inlineStr");
                    writer.WriteStartElement("is", Main);
                    writer.WriteStartElement("t", Main);
                    writer.WriteAttributeString("xml", "space", null, "preserve");
                    writer.WriteString(Thb.Workbooks.Xstring.Escape(cells[i].Text));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
    }

    private static void Empty(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name, Main);
        foreach (var (attribute, value) in attributes) w.WriteAttributeString(attribute, value);
        w.WriteEndElement();
    }
}
