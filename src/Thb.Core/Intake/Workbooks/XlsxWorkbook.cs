using Thb.Workbooks;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Thb.Intake.Workbooks;

/// <summary>
/// A streaming, read-only view of an .xlsx package that has passed <see cref="PackageInspector"/>: sheets with their
/// visibility, cells as displayed (shared strings, inline strings, numbers and dates through their number formats,
/// cached formula values) and merged ranges. No DTD is ever processed and nothing outside the package is read.
/// </summary>
public sealed class XlsxWorkbook
{
    private const string RelationshipNamespaceTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string RelationshipNamespaceStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private readonly WorkbookPackage _package;
    private readonly WorkbookLimits _limits;
    private readonly List<string> _sharedStrings = [];
    private readonly List<int> _cellFormats = [];
    private readonly Dictionary<int, string> _customFormats = [];
    private readonly Dictionary<int, ExcelNumberFormat.NumberFormat?> _parsedFormats = [];
    private bool _date1904;

    private XlsxWorkbook(WorkbookPackage package, WorkbookLimits limits)
    {
        _package = package;
        _limits = limits;
    }

    public IReadOnlyList<SheetInfo> Sheets { get; private set; } = [];

    public static XlsxWorkbook Open(WorkbookPackage package, WorkbookLimits limits)
    {
        var workbook = new XlsxWorkbook(package, limits);
        workbook.Load(package.WorkbookPartPath);
        return workbook;
    }

    private void Load(string workbookPartPath)
    {
        var folder = OpcRelationships.FolderOf(workbookPartPath);
        var relsPath = OpcRelationships.RelsPathFor(workbookPartPath);
        var relationships = _package.Contains(relsPath) ? OpcRelationships.ReadWithIds(_package.Open(relsPath)) : [];
        var targets = relationships.ToDictionary(r => r.Id, r => OpcRelationships.Resolve(folder, r.Target), StringComparer.Ordinal);

        var sheets = new List<SheetInfo>();
        using (var reader = OpenPart(workbookPartPath))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName == "workbookPr")
                {
                    var flag = reader.GetAttribute("date1904");
                    _date1904 = flag is "1" or "true";
                }
                else if (reader.LocalName == "sheet")
                {
                    var name = reader.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}";
                    var id = reader.GetAttribute("id", RelationshipNamespaceTransitional) ?? reader.GetAttribute("id", RelationshipNamespaceStrict);
                    var visibility = reader.GetAttribute("state") switch
                    {
                        "hidden" => SheetVisibility.Hidden,
                        "veryHidden" => SheetVisibility.VeryHidden,
                        _ => SheetVisibility.Visible,
                    };
                    // Chart sheets and dialog sheets have no cells; only worksheets reach the reader.
                    if (id is not null && targets.TryGetValue(id, out var target) && _package.Contains(target) &&
                        relationships.First(r => r.Id == id).Type.EndsWith("/worksheet", StringComparison.Ordinal))
                        sheets.Add(new SheetInfo(name, visibility, target, sheets.Count));
                }
            }
        }
        Sheets = sheets;

        foreach (var (_, type, target) in relationships)
        {
            var path = OpcRelationships.Resolve(folder, target);
            if (type.EndsWith("/sharedStrings", StringComparison.Ordinal)) LoadSharedStrings(path);
            else if (type.EndsWith("/styles", StringComparison.Ordinal)) LoadStyles(path);
        }
    }

    private XmlReader OpenPart(string path)
    {
        return SafeXml.Open(_package.Open(path), _limits.MaxPartBytes);
    }

    private void LoadSharedStrings(string path)
    {
        if (!_package.Contains(path)) return;
        using var reader = OpenPart(path);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si") _sharedStrings.Add(ReadStringItem(reader)); // moves past the item
            else reader.Read();
        }
    }

    /// <summary>
    /// Reads an si / is element: plain t, or rich-text runs r/t, skipping phonetic runs (rPh). Leaves the reader on the
    /// node after the element's end (no subtree reader: this runs once per shared string and per inline cell).
    /// </summary>
    private static string ReadStringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        var depth = reader.Depth;
        string? single = null;
        StringBuilder? runs = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName is "rPh" or "phoneticPr")
                {
                    reader.Skip();
                    continue;
                }
                if (reader.LocalName == "t")
                {
                    var text = reader.ReadElementContentAsString();
                    if (single is null && runs is null) single = text;
                    else (runs ??= new StringBuilder(single)).Append(text);
                    continue;
                }
            }
            reader.Read();
        }
        reader.Read();
        return DecodeEscapes(runs?.ToString() ?? single ?? "");
    }

    /// <summary>OOXML spells characters that XML cannot hold as _xHHHH_; this turns them back.</summary>
    internal static string DecodeEscapes(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal)) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' &&
                int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 6;
            }
            else result.Append(text[i]);
        }
        return result.ToString();
    }

    private void LoadStyles(string path)
    {
        if (!_package.Contains(path)) return;
        using var reader = OpenPart(path);
        var inCellXfs = false;
        var xfDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "numFmt":
                    if (int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id))
                        _customFormats[id] = reader.GetAttribute("formatCode") ?? "General";
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    xfDepth = reader.Depth + 1;
                    break;
                case "xf" when inCellXfs && reader.Depth == xfDepth:
                    _cellFormats.Add(int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var fmt) ? fmt : 0);
                    break;
            }
        }
    }

    /// <summary>Reads a sheet's cells, up to the row limit (rows holding a value; see <see cref="WorkbookLimits.RowsBesideTable"/>).</summary>
    public SheetData ReadSheet(SheetInfo sheet)
    {
        var data = new SheetData(sheet);
        using var reader = OpenPart(sheet.PartPath);
        var currentRow = 0;
        var nextColumn = 1;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "row":
                    currentRow = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : currentRow + 1;
                    nextColumn = 1;
                    // Only rows holding a value count: a million empty formatted rows below a table cost a scan, nothing more.
                    if (data.ValueRowCount > _limits.MaxRows + _limits.RowsBesideTable)
                    {
                        data.Truncated = true;
                        return data;
                    }
                    break;
                case "c":
                    var reference = reader.GetAttribute("r");
                    int row = currentRow, column = nextColumn;
                    if (reference is not null && CellReference.TryParse(reference, out var parsed))
                    {
                        row = parsed.Row;
                        column = parsed.Column;
                    }
                    nextColumn = column + 1;
                    var value = ReadCell(reader);
                    if (value is not null) data.Set(row == 0 ? 1 : row, column, value);
                    break;
                case "mergeCell":
                    if (CellRange.TryParse(reader.GetAttribute("ref") ?? "", out var range)) data.MergedRanges.Add(range);
                    break;
            }
        }
        return data;
    }

    private CellValue? ReadCell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement) return null;
        string? rawValue = null;
        string? formula = null;
        string? inline = null;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "v":
                    rawValue = reader.ReadElementContentAsString();
                    break;
                case "f":
                    // Shared formulas keep their text on the master cell only; any f marks the cell as a formula.
                    formula = reader.ReadElementContentAsString();
                    break;
                case "is":
                    inline = ReadStringItem(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return Interpret(type, style, rawValue, inline, formula);
    }

    private CellValue? Interpret(string? type, int style, string? rawValue, string? inline, string? formula)
    {
        switch (type)
        {
            case "s":
                if (rawValue is null || !int.TryParse(rawValue, CultureInfo.InvariantCulture, out var index) || index < 0 || index >= _sharedStrings.Count)
                    return formula is null ? null : new CellValue("", CellKind.Text, Formula: formula);
                return new CellValue(_sharedStrings[index], CellKind.Text, Formula: formula);
            case "inlineStr":
                return inline is null && formula is null ? null : new CellValue(inline ?? "", CellKind.Text, Formula: formula);
            case "str":
                return new CellValue(DecodeEscapes(rawValue ?? ""), CellKind.Text, Formula: formula);
            case "b":
                return rawValue is null ? Formulaic(formula) : new CellValue(rawValue == "1" ? "TRUE" : "FALSE", CellKind.Boolean, Formula: formula);
            case "e":
                return new CellValue(rawValue ?? "#VALUE!", CellKind.Error, Formula: formula);
            case "d":
                // An ISO 8601 date cell: shown through its number format like any date.
                if (rawValue is not null && DateTime.TryParse(rawValue, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso))
                    return FormatDate(iso, null, style, formula);
                return rawValue is null ? Formulaic(formula) : new CellValue(rawValue, CellKind.Text, Formula: formula);
            default:
                if (string.IsNullOrEmpty(rawValue)) return Formulaic(formula);
                if (!double.TryParse(rawValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return new CellValue(rawValue, CellKind.Text, Formula: formula);
                return FormatNumber(number, style, formula);
        }
    }

    private static CellValue? Formulaic(string? formula) => formula is null ? null : new CellValue("", CellKind.Text, Formula: formula);

    private CellValue FormatNumber(double number, int style, string? formula)
    {
        var (formatId, code, format) = FormatOf(style);
        if (format is not null && format.IsDateTimeFormat && TryFromOADate(number, out var date))
            return FormatDate(date, number, style, formula);
        var shown = code is "General" or "" ? GeneralText(number) : format is null ? null : SafeFormat(format, number);
        // A format the formatter cannot apply still leaves the number readable; the row normaliser says so at the cell.
        return new CellValue(shown ?? GeneralText(number), CellKind.Number, Number: number, Formula: formula, NumberFormat: code,
            FormatFailed: shown is null);
    }

    private (int Id, string Code, ExcelNumberFormat.NumberFormat? Format) FormatOf(int style)
    {
        var formatId = style >= 0 && style < _cellFormats.Count ? _cellFormats[style] : 0;
        var code = FormatCode(formatId);
        return (formatId, code, ParsedFormat(formatId, code));
    }

    /// <summary>A date as its format shows it; the short-date formats as day-first dates, as European Excel shows them.</summary>
    private CellValue FormatDate(DateTime date, double? serial, int style, string? formula)
    {
        var (formatId, code, format) = FormatOf(style);
        var plain = formatId is 0 or 14 || IsPlainDateCode(code) || format is null || !format.IsDateTimeFormat;
        var shown = plain ? null : SafeFormat(format!, date);
        var text = shown ?? date.ToString(date.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        return new CellValue(text, CellKind.Date, Number: serial, Date: date, Formula: formula, NumberFormat: plain && formatId is 0 ? null : code,
            FormatFailed: !plain && shown is null);
    }

    private static bool IsPlainDateCode(string code) => code is "m/d/yyyy" or "mm-dd-yy" or "m/d/yy" or "d/m/yyyy" or "dd/mm/yyyy";

    private static string? SafeFormat(ExcelNumberFormat.NumberFormat format, object value)
    {
        try
        {
            return format.Format(value, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Excel's General format shows up to 11 significant digits without grouping.</summary>
    internal static string GeneralText(double number)
    {
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15) return number.ToString("0", CultureInfo.InvariantCulture);
        return number.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private bool TryFromOADate(double serial, out DateTime date)
    {
        date = default;
        if (double.IsNaN(serial) || serial < 0 || serial > 2958465) return false;
        if (_date1904) serial += 1462;
        try
        {
            date = DateTime.FromOADate(serial);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private string FormatCode(int formatId) =>
        _customFormats.TryGetValue(formatId, out var custom) ? custom : BuiltInFormats.TryGetValue(formatId, out var builtIn) ? builtIn : "General";

    private ExcelNumberFormat.NumberFormat? ParsedFormat(int formatId, string code)
    {
        if (_parsedFormats.TryGetValue(formatId, out var cached)) return cached;
        ExcelNumberFormat.NumberFormat? parsed;
        try
        {
            parsed = new ExcelNumberFormat.NumberFormat(code);
            if (!parsed.IsValid) parsed = null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException)
        {
            parsed = null;
        }
        _parsedFormats[formatId] = parsed;
        return parsed;
    }

    /// <summary>ECMA-376 built-in number formats (the ones Excel writes without a numFmt element).</summary>
    private static readonly Dictionary<int, string> BuiltInFormats = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00",
        [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??",
        [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy",
        [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };
}
