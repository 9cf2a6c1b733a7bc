using System.Globalization;
using System.Xml;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Publication.Priorities;

namespace Thb.Publication.Charts;

/// <summary>
/// The "Charts" sheet: three small data tables at the top (actions by region, by form of action, known funding by
/// start year) and the charts drawn from them below, then the world map. Cells are written with the default
/// SpreadsheetML namespace, as Excel writes them.
/// </summary>
public sealed class ChartsSheet
{
    public const string DefaultName = "Charts";
    private const int HeaderRow = 4;
    private const int MaxRegions = 15;

    private readonly SortedDictionary<int, SortedDictionary<int, object>> _cells = new();

    public ChartsSheet(PublicationInput input, PriorityView view)
    {
        Set(1, 1, $"Charts: cycle {input.CycleId}");
        Set(2, 1, "The charts below are drawn from these tables. Regions: rows naming the region or one of its countries, each row once. " +
                  "Funding: known EUR amounts by the year an action starts; ranges and other currencies are listed, not charted.");

        var regions = view.Regions.Where(r => r.Area is not null).Take(MaxRegions).Select(r => (r.Name, (decimal)r.RolledUp.Actions)).ToList();
        var rows = input.WithReturn.SelectMany(s => s.Rows).ToList();
        var forms = rows.GroupBy(r => r.Form).OrderByDescending(g => g.Count()).ThenBy(g => g.Key is null)
            .Select(g => (g.Key is { } f ? ActionCategories.Label(f) : "other or not stated", (decimal)g.Count())).ToList();
        var years = rows.GroupBy(r => (r.Duration.Start ?? r.Duration.End)?.Year).Where(g => g.Key is not null).OrderBy(g => g.Key).ToList();

        Regions = Table(1, "Region", "Actions", regions);
        Forms = Table(4, "Form of action", "Actions", forms);
        Funding = Table(7, "Start year", "Known EUR amounts",
            years.Select(g => (g.Key!.Value.ToString(CultureInfo.InvariantCulture), g.Where(IsAmount).Sum(r => r.Funding.AmountEur!.Value))).ToList());
        Set(HeaderRow, 9, "Actions");
        Set(HeaderRow, 10, "Ranges: minimum EUR");
        Set(HeaderRow, 11, "Ranges: maximum EUR");
        for (var i = 0; i < years.Count; i++)
        {
            var ranges = years[i].Where(r => r.Funding.Kind == FundingKind.Range).ToList();
            Set(HeaderRow + 1 + i, 9, (decimal)years[i].Count());
            Set(HeaderRow + 1 + i, 10, ranges.Sum(r => r.Funding.MinEur ?? 0m));
            Set(HeaderRow + 1 + i, 11, ranges.Sum(r => r.Funding.MaxEur ?? 0m));
        }
        var undated = rows.Count(r => (r.Duration.Start ?? r.Duration.End) is null);
        var others = FundingSummary.Of(rows.Select(r => r.Funding)).OtherCurrencies;
        var last = HeaderRow + 1 + Math.Max(1, Math.Max(regions.Count, Math.Max(forms.Count, years.Count)));
        Set(last + 1, 7, $"Actions without a start year: {undated.ToString(CultureInfo.InvariantCulture)}. Other currencies (not converted): " +
                         (others.Count == 0 ? "none" : string.Join("; ", others.Select(m => $"{m.Currency} {m.Amount.ToString("#,##0.##", CultureInfo.InvariantCulture)}"))) + ".");
        FirstFreeRow = last + 3;
    }

    public ChartSeries Regions { get; }
    public ChartSeries Forms { get; }
    public ChartSeries Funding { get; }

    /// <summary>The first row (1-based) below the tables, where the charts start.</summary>
    public int FirstFreeRow { get; }

    public IReadOnlyList<BarChartSpec> Charts =>
    [
        new("Actions by region", "Region (M49 or EU grouping)", "Number of actions", Horizontal: true, "#,##0", "3182BD", Regions),
        new("Actions by form of action", "Form of action", "Number of actions", Horizontal: true, "#,##0", "6BAED6", Forms),
        new("Known funding by start year", "Year the action starts", "EUR (stated amounts)", Horizontal: false, "#,##0", "08519C", Funding),
    ];

    private static bool IsAmount(PublicationRow row) => row.Funding.Kind == FundingKind.Amount && row.Funding.AmountEur is not null;

    private ChartSeries Table(int column, string header, string valueHeader, IReadOnlyList<(string Category, decimal Value)> data)
    {
        // An empty table still gives the chart one point to draw, saying so.
        if (data.Count == 0) data = [("(none)", 0m)];
        Set(HeaderRow, column, header);
        Set(HeaderRow, column + 1, valueHeader);
        for (var i = 0; i < data.Count; i++)
        {
            Set(HeaderRow + 1 + i, column, data[i].Category);
            Set(HeaderRow + 1 + i, column + 1, data[i].Value);
        }
        string Cell(int row, int col) => ColumnName(col) + row.ToString(CultureInfo.InvariantCulture);
        return new ChartSeries(valueHeader, Cell(HeaderRow, column + 1),
            $"{Cell(HeaderRow + 1, column)}:{Cell(HeaderRow + data.Count, column)}",
            $"{Cell(HeaderRow + 1, column + 1)}:{Cell(HeaderRow + data.Count, column + 1)}",
            data.Select(d => d.Category).ToList(), data.Select(d => d.Value).ToList());
    }

    private void Set(int row, int column, object value)
    {
        if (!_cells.TryGetValue(row, out var cells)) _cells[row] = cells = new SortedDictionary<int, object>();
        cells[column] = value;
    }

    private static readonly double[] Widths = [30, 10, 3, 30, 10, 3, 12, 18, 10, 20, 20];

    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The worksheet part's XML; <paramref name="drawingId"/> is the relationship id of its drawing.</summary>
    public void Write(Stream stream, string drawingId)
    {
        using var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("worksheet", SheetNs);
        x.WriteAttributeString("xmlns", "r", null, ChartXml.RelationshipNs);
        x.WriteStartElement("sheetViews", SheetNs);
        x.WriteStartElement("sheetView", SheetNs);
        x.WriteAttributeString("workbookViewId", "0");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("sheetFormatPr", SheetNs);
        x.WriteAttributeString("defaultRowHeight", "15");
        x.WriteEndElement();
        WriteColumns(x);
        WriteSheetData(x);
        WritePage(x);
        x.WriteStartElement("drawing", SheetNs);
        x.WriteAttributeString("id", ChartXml.RelationshipNs, drawingId);
        x.WriteEndElement();
        x.WriteEndElement(); // worksheet
    }

    private static void WriteColumns(XmlWriter x)
    {
        x.WriteStartElement("cols", SheetNs);
        for (var i = 0; i < Widths.Length; i++)
        {
            x.WriteStartElement("col", SheetNs);
            x.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("width", Widths[i].ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("customWidth", "1");
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private void WriteSheetData(XmlWriter x)
    {
        x.WriteStartElement("sheetData", SheetNs);
        foreach (var (row, cells) in _cells)
        {
            x.WriteStartElement("row", SheetNs);
            x.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
            foreach (var (column, value) in cells) WriteCell(x, ColumnName(column) + row.ToString(CultureInfo.InvariantCulture), value);
            x.WriteEndElement();
        }
        x.WriteEndElement(); // sheetData
    }

    /// <summary>A number as a value, anything else as an inline string.</summary>
    private static void WriteCell(XmlWriter x, string reference, object value)
    {
        x.WriteStartElement("c", SheetNs);
        x.WriteAttributeString("r", reference);
        if (value is decimal number)
        {
            x.WriteElementString("v", SheetNs, number.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            x.WriteAttributeString("t", "inlineStr");
            x.WriteStartElement("is", SheetNs);
            x.WriteElementString("t", SheetNs, (string)value);
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    /// <summary>Margins and an A4 landscape page.</summary>
    private static void WritePage(XmlWriter x)
    {
        x.WriteStartElement("pageMargins", SheetNs);
        foreach (var (name, value) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
            x.WriteAttributeString(name, value);
        x.WriteEndElement();
        x.WriteStartElement("pageSetup", SheetNs);
        x.WriteAttributeString("paperSize", "9");
        x.WriteAttributeString("orientation", "landscape");
        x.WriteEndElement();
    }

    public static string ColumnName(int column) => Thb.Workbooks.CellReference.ColumnName(column);
}
