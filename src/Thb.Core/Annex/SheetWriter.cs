using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Thb.Annex;

/// <summary>The cell formats of the annex workbook (indexes into its stylesheet's cellXfs, in this order).</summary>
internal enum AnnexStyle : uint
{
    Default = 0,
    /// <summary>Body text: wrapped, top-aligned, boxed.</summary>
    Data,
    /// <summary>The first, middle and last rows of a row continued over several rows: boxed only on the outside.</summary>
    DataFirstPart,
    DataMiddlePart,
    DataLastPart,
    Header,
    SectionTitle,
    Title,
    Note,
    Count,
    Money,
    Label,
    Link,
    TotalLabel,
    TotalCount,
    TotalMoney,
    /// <summary>The heading of a sub-section within a contributor's section.</summary>
    SubsectionTitle,
    /// <summary>A heading of a contributor's narrative, and a paragraph of it (across the six columns, unboxed).</summary>
    NarrativeHeading,
    Paragraph,
}

/// <summary>One cell to write: text (always a string cell, never a formula), a number, or nothing but a style.</summary>
internal readonly record struct SheetCell(string? Text, decimal? Number, AnnexStyle Style)
{
    public static SheetCell Of(string? text, AnnexStyle style = AnnexStyle.Data) => new(text, null, style);
    public static SheetCell Of(decimal number, AnnexStyle style) => new(null, number, style);
    public static SheetCell Empty(AnnexStyle style) => new(null, null, style);
}

/// <summary>Column widths (in characters), hidden columns, frozen header rows and the print footer of one sheet.</summary>
internal sealed record SheetSetup(IReadOnlyList<double> ColumnWidths, string Footer, int FrozenRows = 0, IReadOnlySet<int>? HiddenColumns = null);

/// <summary>
/// Writes one worksheet forward-only in UTF-8 (<see cref="Thb.Workbooks.Utf8Markup"/>: the bytes an XmlWriter would
/// write, without its per-call checks, which were a fifth of the workbook's time), as Excel writes it (default
/// namespace): rows go straight to the package, so a large annex never exists as a cell object model. Cells are inline
/// strings or numbers; merges and links are written at the end. Every sheet prints A4 landscape, one page wide, with a footer.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly Thb.Workbooks.Utf8Markup _writer;
    private readonly SheetSetup _setup;
    private readonly List<string> _merges = [];
    private readonly List<(string Reference, string Location)> _links = [];
    private bool _finished;

    public SheetWriter(Stream part, SheetSetup setup)
    {
        _setup = setup;
        _writer = new Thb.Workbooks.Utf8Markup(part);
        var w = _writer;
        w.Declaration();
        w.Start("worksheet");
        w.Attribute("xmlns:r", Thb.Workbooks.OoxmlNames.Relationships);
        w.Attribute("xmlns", Thb.Workbooks.OoxmlNames.SpreadsheetMain);
        w.Start("sheetPr");
        Empty("pageSetUpPr", ("fitToPage", "1"));
        w.End();
        w.Start("sheetViews");
        w.Start("sheetView");
        w.Attribute("workbookViewId", "0");
        if (setup.FrozenRows > 0)
        {
            var topLeft = $"A{setup.FrozenRows + 1}";
            Empty("pane", ("ySplit", setup.FrozenRows.ToString(CultureInfo.InvariantCulture)), ("topLeftCell", topLeft), ("activePane", "bottomLeft"), ("state", "frozen"));
            Empty("selection", ("pane", "bottomLeft"), ("activeCell", topLeft), ("sqref", topLeft));
        }
        w.End();
        w.End();
        w.Start("cols");
        for (var i = 0; i < setup.ColumnWidths.Count; i++)
        {
            w.Start("col");
            w.Attribute("min", i + 1);
            w.Attribute("max", i + 1);
            w.Attribute("width", setup.ColumnWidths[i].ToString(CultureInfo.InvariantCulture));
            if (setup.HiddenColumns?.Contains(i + 1) == true) w.Attribute("hidden", "1");
            w.Attribute("customWidth", "1");
            w.End();
        }
        w.End();
        w.Start("sheetData");
    }

    private void Empty(string name, params (string Name, string Value)[] attributes)
    {
        _writer.Start(name);
        foreach (var (attribute, value) in attributes) _writer.Attribute(attribute, value);
        _writer.End();
    }

    /// <summary>The 1-based number of the row the next call to <see cref="Row"/> writes.</summary>
    public int NextRow { get; private set; } = 1;

    public void Row(params SheetCell?[] cells) => Row((IReadOnlyList<SheetCell?>)cells);

    /// <summary>Writes one cell merged across columns A to lastColumn (titles and notes across a table).</summary>
    public void MergedRow(SheetCell cell, int lastColumn)
    {
        var cells = new SheetCell?[lastColumn];
        cells[0] = cell;
        for (var i = 1; i < lastColumn; i++) cells[i] = SheetCell.Empty(cell.Style);
        Row(cells, mergedWidth: _setup.ColumnWidths.Take(lastColumn).Sum());
        var row = (NextRow - 1).ToString(CultureInfo.InvariantCulture);
        _merges.Add($"A{row}:{ColumnName(lastColumn)}{row}");
    }

    /// <summary>Column letters A, B, … of the columns a sheet has (a row's references are these and its number).</summary>
    private static readonly string[] ColumnNames = [.. Enumerable.Range(1, 26).Select(ColumnName)];

    /// <summary>
    /// Writes the next row, cells from column A (null leaves a cell out), with an explicit height estimated from its
    /// wrapped text: neither LibreOffice nor every Excel sizes rows on opening, and ClosedXML cannot measure text on Linux.
    /// </summary>
    public void Row(IReadOnlyList<SheetCell?> cells, double? mergedWidth = null)
    {
        var w = _writer;
        var row = NextRow++;
        var rowNumber = row.ToString(CultureInfo.InvariantCulture);
        w.Start("row");
        w.Attribute("r", rowNumber);
        w.Attribute("ht", RowHeight(cells, mergedWidth), "0.##");
        w.Attribute("customHeight", "1");
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not { } cell) continue;
            w.Start("c");
            w.Attribute("r", (i < ColumnNames.Length ? ColumnNames[i] : ColumnName(i + 1)) + rowNumber);
            if (cell.Style != AnnexStyle.Default) w.Attribute("s", (int)cell.Style);
            if (cell.Number is { } number)
            {
                w.Start("v");
                w.Text(number);
                w.End();
            }
            else if (!string.IsNullOrEmpty(cell.Text))
            {
                // An inline string is text whatever it starts with: "=SUM(A1)" stays the words a delegation wrote.
                w.Attribute("t", "inlineStr");
                w.Start("is");
                w.Start("t");
                w.Attribute("xml:space", "preserve");
                w.Text(Thb.Workbooks.Xstring.Escape(cell.Text));
                w.End();
                w.End();
            }
            w.End();
        }
        w.End();
    }

    /// <summary>Points of row height per line of text in a style (Calibri 10 body text: 12.75, as Excel sizes it).</summary>
    private static double LineHeight(AnnexStyle style) => style switch
    {
        AnnexStyle.Title => 19,
        AnnexStyle.SectionTitle => 16.5,
        AnnexStyle.SubsectionTitle or AnnexStyle.NarrativeHeading => 15,
        _ => 12.75,
    };

    private static bool Wraps(AnnexStyle style) => style is AnnexStyle.Data or AnnexStyle.DataFirstPart or AnnexStyle.DataMiddlePart or AnnexStyle.DataLastPart
        or AnnexStyle.Header or AnnexStyle.Note or AnnexStyle.Link or AnnexStyle.Paragraph or AnnexStyle.NarrativeHeading;

    /// <summary>
    /// Characters of prose one wrapped line holds in a column this wide (in Excel's width units): a little under one
    /// per unit, as Calibri's average letter and word wrapping leave it; bold headers hold fewer. Erring low only
    /// leaves some space under a text, erring high would cut its last line off on screen and on paper.
    /// </summary>
    public static int CharsPerLine(double width, AnnexStyle style = AnnexStyle.Data) =>
        (int)Math.Max(1, width * (style == AnnexStyle.Header ? 0.8 : 0.9));

    /// <summary>Excel's ceiling for a row's height, in points.</summary>
    public const double MaxRowHeight = 409;

    private double RowHeight(IReadOnlyList<SheetCell?> cells, double? mergedWidth)
    {
        var height = LineHeight(AnnexStyle.Default);
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not { } cell) continue;
            var lines = 1;
            if (Wraps(cell.Style) && !string.IsNullOrEmpty(cell.Text))
            {
                var width = mergedWidth ?? (i < _setup.ColumnWidths.Count ? _setup.ColumnWidths[i] : 10);
                lines = CellText.CountLines(cell.Text, CharsPerLine(width, cell.Style));
            }
            height = Math.Max(height, lines * LineHeight(cell.Style) + (lines > 1 ? 2 : 0));
        }
        return Math.Min(height, MaxRowHeight);
    }

    /// <summary>Makes a cell of the row written last a link to a place in the workbook ("'Annex'!A12").</summary>
    public void LinkInLastRow(int column, string location) =>
        _links.Add((ColumnName(column) + (NextRow - 1).ToString(CultureInfo.InvariantCulture), location));

    public void Finish()
    {
        if (_finished) return;
        _finished = true;
        var w = _writer;
        w.End(); // sheetData
        if (_merges.Count > 0)
        {
            w.Start("mergeCells");
            w.Attribute("count", _merges.Count);
            foreach (var merge in _merges) Empty("mergeCell", ("ref", merge));
            w.End();
        }
        if (_links.Count > 0)
        {
            w.Start("hyperlinks");
            foreach (var (reference, location) in _links) Empty("hyperlink", ("ref", reference), ("location", location), ("display", location));
            w.End();
        }
        Empty("pageMargins", ("left", "0.4"), ("right", "0.4"), ("top", "0.6"), ("bottom", "0.7"), ("header", "0.3"), ("footer", "0.3"));
        // A4 landscape, every column on one page width, as many pages down as it takes.
        Empty("pageSetup", ("paperSize", "9"), ("orientation", "landscape"), ("fitToWidth", "1"), ("fitToHeight", "0"));
        w.Start("headerFooter");
        w.Element("oddFooter", _setup.Footer);
        w.End();
        w.End(); // worksheet
        w.Flush();
    }

    public void Dispose()
    {
        if (!_finished) Finish();
        _writer.Dispose();
    }

    public static string ColumnName(int column) => Thb.Workbooks.CellReference.ColumnName(column);

    /// <summary>Escapes text for a header/footer, where '&amp;' starts a code.</summary>
    public static string FooterText(string text) => text.Replace("&", "&&", StringComparison.Ordinal);

    public static Stylesheet Stylesheet()
    {
        // The fonts, fills and borders by position: the cell formats below name them by index.

        // Fonts: 0 body, 1 bold, 2 title, 3 section title, 4 note, 5 link, 6 sub-section title.
        var fonts = new Fonts(Font(10), Font(10, bold: true), Font(14, bold: true), Font(12, bold: true), Font(10, italic: true, color: "FF595959"),
            Font(10, underline: true, color: "FF0563C1"), Font(11, bold: true, color: "FF1F4E78"));
        // Fills: 0 and 1 are required by Excel; 2 header, 3 section title.
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFDDEBF7"), Solid("FFBDD7EE"));
        // Borders: 0 none, 1 box, 2 open below, 3 sides only, 4 open above.
        var borders = new Borders(Box(false, false, false, false), Box(true, true, true, true), Box(true, true, true, false), Box(true, true, false, false), Box(true, true, false, true));

        var formats = new Dictionary<AnnexStyle, CellFormat>
        {
            [AnnexStyle.Default] = Xf(),
            [AnnexStyle.Data] = Xf(border: 1, wrap: true),
            [AnnexStyle.DataFirstPart] = Xf(border: 2, wrap: true),
            [AnnexStyle.DataMiddlePart] = Xf(border: 3, wrap: true),
            [AnnexStyle.DataLastPart] = Xf(border: 4, wrap: true),
            [AnnexStyle.Header] = Xf(font: 1, fill: 2, border: 1, wrap: true, top: false),
            [AnnexStyle.SectionTitle] = Xf(font: 3, fill: 3, border: 1, top: false),
            [AnnexStyle.Title] = Xf(font: 2),
            [AnnexStyle.Note] = Xf(font: 4, wrap: true),
            [AnnexStyle.Count] = Xf(border: 1, numberFormat: 3),
            [AnnexStyle.Money] = Xf(border: 1, numberFormat: 4),
            [AnnexStyle.Label] = Xf(font: 1),
            [AnnexStyle.Link] = Xf(font: 5, border: 1, wrap: true),
            [AnnexStyle.TotalLabel] = Xf(font: 1, fill: 2, border: 1),
            [AnnexStyle.TotalCount] = Xf(font: 1, fill: 2, border: 1, numberFormat: 3),
            [AnnexStyle.TotalMoney] = Xf(font: 1, fill: 2, border: 1, numberFormat: 4),
            [AnnexStyle.SubsectionTitle] = Xf(font: 6, border: 1, top: false),
            [AnnexStyle.NarrativeHeading] = Xf(font: 1, wrap: true),
            [AnnexStyle.Paragraph] = Xf(wrap: true),
        };
        var cellFormats = new CellFormats(Enum.GetValues<AnnexStyle>().OrderBy(s => (uint)s).Select(s => formats[s]));
        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0U, FillId = 0U, BorderId = 0U, NumberFormatId = 0U }),
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }));
    }

    private static Font Font(double size, bool bold = false, bool italic = false, bool underline = false, string color = "FF000000")
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        if (underline) font.Append(new Underline());
        font.Append(new FontSize { Val = size }, new Color { Rgb = color }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });

    private static Border Box(bool left, bool right, bool top, bool bottom)
    {
        T Edge<T>(bool on) where T : BorderPropertiesType, new() =>
            on ? new T { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF808080" } } : new T();
        return new Border(Edge<LeftBorder>(left), Edge<RightBorder>(right), Edge<TopBorder>(top), Edge<BottomBorder>(bottom), new DiagonalBorder());
    }

    private static CellFormat Xf(uint font = 0, uint fill = 0, uint border = 0, uint numberFormat = 0, bool wrap = false, bool top = true)
    {
        var xf = new CellFormat
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0U,
            ApplyFont = font != 0 ? true : null, ApplyFill = fill != 0 ? true : null, ApplyBorder = border != 0 ? true : null,
            ApplyNumberFormat = numberFormat != 0 ? true : null, ApplyAlignment = true,
        };
        xf.Append(new Alignment { WrapText = wrap ? true : null, Vertical = top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center });
        return xf;
    }
}
