using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
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
/// Writes one worksheet forward-only with OpenXmlWriter (SAX): rows go straight to the package, so a large annex
/// never exists as a cell object model. Cells are inline strings or numbers; merges and links are written at the end.
/// Every sheet prints A4 landscape, one page wide, with a footer.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly OpenXmlWriter _writer;
    private readonly SheetSetup _setup;
    private readonly List<string> _merges = [];
    private readonly List<(string Reference, string Location)> _links = [];
    private bool _finished;

    public SheetWriter(WorksheetPart part, SheetSetup setup)
    {
        _setup = setup;
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0U };
        if (setup.FrozenRows > 0)
        {
            var topLeft = $"A{setup.FrozenRows + 1}";
            view.Append(new Pane { VerticalSplit = setup.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        _writer.WriteElement(new SheetViews(view));
        var columns = new Columns();
        for (var i = 0; i < setup.ColumnWidths.Count; i++)
        {
            columns.Append(new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = setup.ColumnWidths[i],
                CustomWidth = true,
                Hidden = setup.HiddenColumns?.Contains(i + 1) == true ? true : null,
            });
        }
        _writer.WriteElement(columns);
        _writer.WriteStartElement(new SheetData());
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

    /// <summary>
    /// Writes the next row, cells from column A (null leaves a cell out), with an explicit height estimated from its
    /// wrapped text: neither LibreOffice nor every Excel sizes rows on opening, and ClosedXML cannot measure text on Linux.
    /// </summary>
    public void Row(IReadOnlyList<SheetCell?> cells, double? mergedWidth = null)
    {
        var row = NextRow++;
        var rowNumber = row.ToString(CultureInfo.InvariantCulture);
        var height = RowHeight(cells, mergedWidth).ToString("0.##", CultureInfo.InvariantCulture);
        _writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", rowNumber), new OpenXmlAttribute("ht", "", height), new OpenXmlAttribute("customHeight", "", "1")]);
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not { } cell) continue;
            var reference = ColumnName(i + 1) + rowNumber;
            var element = new Cell { CellReference = reference };
            if (cell.Style != AnnexStyle.Default) element.StyleIndex = (uint)cell.Style;
            if (cell.Number is { } number)
            {
                element.DataType = CellValues.Number;
                element.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
            }
            else if (!string.IsNullOrEmpty(cell.Text))
            {
                // An inline string is text whatever it starts with: "=SUM(A1)" stays the words a delegation wrote.
                element.DataType = CellValues.InlineString;
                element.InlineString = new InlineString(new Text(CellText.Escape(cell.Text)) { Space = SpaceProcessingModeValues.Preserve });
            }
            _writer.WriteElement(element);
        }
        _writer.WriteEndElement();
    }

    /// <summary>Points of row height per line of text in a style (Calibri 10 body text: 12.75, as Excel sizes it).</summary>
    private static double LineHeight(AnnexStyle style) => style switch
    {
        AnnexStyle.Title => 19,
        AnnexStyle.SectionTitle => 16.5,
        _ => 12.75,
    };

    private static bool Wraps(AnnexStyle style) => style is AnnexStyle.Data or AnnexStyle.DataFirstPart or AnnexStyle.DataMiddlePart or AnnexStyle.DataLastPart
        or AnnexStyle.Header or AnnexStyle.Note or AnnexStyle.Link;

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
        _writer.WriteEndElement(); // sheetData
        if (_merges.Count > 0)
            _writer.WriteElement(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        if (_links.Count > 0)
            _writer.WriteElement(new Hyperlinks(_links.Select(l => new Hyperlink { Reference = l.Reference, Location = l.Location, Display = l.Location })));
        _writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.7, Header = 0.3, Footer = 0.3 });
        // A4 landscape, every column on one page width, as many pages down as it takes.
        _writer.WriteElement(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        _writer.WriteElement(new HeaderFooter(new OddFooter(_setup.Footer)));
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
    }

    public void Dispose()
    {
        if (!_finished) Finish();
        _writer.Dispose();
    }

    public static string ColumnName(int column) => Thb.Intake.Workbooks.CellReference.ColumnName(column);

    /// <summary>Escapes text for a header/footer, where '&amp;' starts a code.</summary>
    public static string FooterText(string text) => text.Replace("&", "&&", StringComparison.Ordinal);

    public static Stylesheet Stylesheet()
    {
        static Font Font(double size, bool bold = false, bool italic = false, bool underline = false, string color = "FF000000")
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            if (italic) font.Append(new Italic());
            if (underline) font.Append(new Underline());
            font.Append(new FontSize { Val = size }, new Color { Rgb = color }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
            return font;
        }

        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });

        static Border Box(bool left, bool right, bool top, bool bottom)
        {
            T Edge<T>(bool on) where T : BorderPropertiesType, new() =>
                on ? new T { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF808080" } } : new T();
            return new Border(Edge<LeftBorder>(left), Edge<RightBorder>(right), Edge<TopBorder>(top), Edge<BottomBorder>(bottom), new DiagonalBorder());
        }

        // Fonts: 0 body, 1 bold, 2 title, 3 section title, 4 note, 5 link.
        var fonts = new Fonts(Font(10), Font(10, bold: true), Font(14, bold: true), Font(12, bold: true), Font(10, italic: true, color: "FF595959"),
            Font(10, underline: true, color: "FF0563C1"));
        // Fills: 0 and 1 are required by Excel; 2 header, 3 section title.
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFDDEBF7"), Solid("FFBDD7EE"));
        // Borders: 0 none, 1 box, 2 open below, 3 sides only, 4 open above.
        var borders = new Borders(Box(false, false, false, false), Box(true, true, true, true), Box(true, true, true, false), Box(true, true, false, false), Box(true, true, false, true));

        static CellFormat Xf(uint font = 0, uint fill = 0, uint border = 0, uint numberFormat = 0, bool wrap = false, bool top = true)
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
}
