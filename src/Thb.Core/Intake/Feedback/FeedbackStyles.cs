using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Thb.Intake.Findings;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>
/// The workbook's styles.xml with what the feedback needs appended and nothing else changed: three fills for marked
/// cells (each marked cell gets a copy of its own cell format with the fill), and the Findings sheet's fonts, fills and
/// formats. Read once to count what is there; written streaming, after the sheets have asked for the formats they use.
/// </summary>
internal sealed class FeedbackStyles
{
    private static readonly string[] SeverityColours = ["FFDDEBF7", "FFFFEB9C", "FFFFC7CE"]; // info, warning, error
    private const string HeaderColour = "FFD9D9D9";

    private readonly int _fonts;
    private readonly int _fills;
    private readonly List<XElement> _cellFormats;
    private readonly string _ns;
    private readonly List<XElement> _clones = [];
    private readonly Dictionary<(int Base, FindingSeverity Severity), int> _cloneIndex = [];

    private FeedbackStyles(int fonts, int fills, List<XElement> cellFormats, string ns)
    {
        _fonts = fonts;
        _fills = fills;
        _cellFormats = cellFormats;
        _ns = ns;
    }

    /// <summary>True when the workbook's stylesheet lacks what appending needs; a fresh one replaces it.</summary>
    public bool Fresh { get; private init; }

    public static FeedbackStyles Read(Stream? styles)
    {
        if (styles is null) return FreshStyles();
        int fonts = 0, fills = 0, borders = 0;
        var formats = new List<XElement>();
        var ns = OoxmlNames.SpreadsheetMain;
        bool sawFonts = false, sawFills = false, sawXfs = false;
        using var reader = SafeXml.Open(styles, long.MaxValue);
        string? section = null;
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            if (reader.Depth == 0) ns = reader.NamespaceURI;
            if (reader.Depth == 1)
            {
                section = reader.LocalName;
                sawFonts |= section == "fonts";
                sawFills |= section == "fills";
                sawXfs |= section == "cellXfs";
            }
            if (reader.Depth == 2 && section == "cellXfs" && reader.LocalName == "xf")
            {
                formats.Add((XElement)XNode.ReadFrom(reader));
                continue;
            }
            if (reader.Depth == 2)
            {
                if (section == "fonts" && reader.LocalName == "font") fonts++;
                if (section == "fills" && reader.LocalName == "fill") fills++;
                if (section == "borders" && reader.LocalName == "border") borders++;
            }
            reader.Read();
        }
        if (!sawFonts || !sawFills || !sawXfs || fonts == 0 || fills < 2 || borders == 0 || formats.Count == 0) return FreshStyles();
        return new FeedbackStyles(fonts, fills, formats, ns);
    }

    private static FeedbackStyles FreshStyles() =>
        new(1, 2, [new XElement(XName.Get("xf", OoxmlNames.SpreadsheetMain), new XAttribute("numFmtId", 0), new XAttribute("fontId", 0),
            new XAttribute("fillId", 0), new XAttribute("borderId", 0), new XAttribute("xfId", 0))], OoxmlNames.SpreadsheetMain) { Fresh = true };

    private int FirstAdded => _cellFormats.Count;

    public int Index(FindingsStyle style) => FirstAdded + (int)style;

    /// <summary>The format of a marked cell: its own format (index <paramref name="baseFormat"/>) with the severity's fill.</summary>
    public int Marked(int baseFormat, FindingSeverity severity)
    {
        if (baseFormat < 0 || baseFormat >= _cellFormats.Count) baseFormat = 0;
        if (_cloneIndex.TryGetValue((baseFormat, severity), out var index)) return index;
        var clone = new XElement(_cellFormats[baseFormat]);
        clone.SetAttributeValue("fillId", FillOf(severity));
        clone.SetAttributeValue("applyFill", "1");
        index = FirstAdded + Enum.GetValues<FindingsStyle>().Length + _clones.Count;
        _clones.Add(clone);
        _cloneIndex[(baseFormat, severity)] = index;
        return index;
    }

    private int FillOf(FindingSeverity severity) => _fills + (int)severity;
    private int HeaderFill => _fills + 3;

    // Fonts appended: bold 14 (title), bold (header), italic grey (note).
    private int TitleFont => _fonts;
    private int BoldFont => _fonts + 1;
    private int NoteFont => _fonts + 2;

    private IEnumerable<XElement> AddedFonts()
    {
        XElement Font(int size, bool bold, bool italic, string colour) => E("font",
            bold ? E("b") : null, italic ? E("i") : null, E("sz", A("val", size)), E("color", A("rgb", colour)), E("name", A("val", "Calibri")), E("family", A("val", 2)));
        yield return Font(14, true, false, "FF000000");
        yield return Font(11, true, false, "FF000000");
        yield return Font(11, false, true, "FF595959");
    }

    private IEnumerable<XElement> AddedFills() =>
        SeverityColours.Append(HeaderColour).Select(rgb => E("fill", E("patternFill", A("patternType", "solid"), E("fgColor", A("rgb", rgb)), E("bgColor", A("indexed", 64)))));

    private IEnumerable<XElement> AddedFormats()
    {
        XElement Xf(int font, int fill, bool wrap) => E("xf", A("numFmtId", 0), A("fontId", font), A("fillId", fill), A("borderId", 0), A("xfId", 0),
            font != 0 ? A("applyFont", 1) : null, fill != 0 ? A("applyFill", 1) : null, A("applyAlignment", 1),
            E("alignment", A("vertical", "top"), wrap ? A("wrapText", 1) : null));
        foreach (var style in Enum.GetValues<FindingsStyle>())
        {
            yield return style switch
            {
                FindingsStyle.Title => Xf(TitleFont, 0, false),
                FindingsStyle.Header => Xf(BoldFont, HeaderFill, true),
                FindingsStyle.Body => Xf(0, 0, true),
                FindingsStyle.Error => Xf(0, FillOf(FindingSeverity.Error), true),
                FindingsStyle.Warning => Xf(0, FillOf(FindingSeverity.Warning), true),
                FindingsStyle.Info => Xf(0, FillOf(FindingSeverity.Info), true),
                _ => Xf(NoteFont, 0, false),
            };
        }
        foreach (var clone in _clones) yield return clone;
    }

    private XElement E(string name, params object?[] content) => new(XName.Get(name, _ns), content);
    private static XAttribute? A(string name, object value) => new(name, Convert.ToString(value, CultureInfo.InvariantCulture)!);

    /// <summary>Writes the stylesheet: the workbook's own with the additions (counts updated), or a fresh one.</summary>
    public void Write(Stream? original, Stream output)
    {
        using var writer = SpreadsheetXml.CreateWriter(output);
        writer.WriteStartDocument(true);
        if (Fresh || original is null)
        {
            WriteFresh(writer);
            return;
        }
        using var reader = SafeXml.Open(original, long.MaxValue);
        while (reader.Read())
        {
            var section = reader.Depth == 1 ? reader.LocalName : null;
            var added = section switch
            {
                "fonts" => AddedFonts().ToList(),
                "fills" => AddedFills().ToList(),
                "cellXfs" => AddedFormats().ToList(),
                _ => null,
            };
            if (added is null)
            {
                SpreadsheetXml.CopyNode(reader, writer);
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element)
            {
                var count = section switch { "fonts" => _fonts, "fills" => _fills, _ => _cellFormats.Count } + added.Count;
                var empty = reader.IsEmptyElement;
                SpreadsheetXml.CopyStartElement(reader, writer, a => a == "count");
                writer.WriteAttributeString("count", count.ToString(CultureInfo.InvariantCulture));
                if (empty) Close(writer, added);
            }
            else if (reader.NodeType == XmlNodeType.EndElement) Close(writer, added);
        }
    }

    private static void Close(XmlWriter writer, List<XElement> added)
    {
        foreach (var element in added) element.WriteTo(writer);
        writer.WriteEndElement();
    }

    private void WriteFresh(XmlWriter writer)
    {
        var fonts = E("fonts", E("font", E("sz", A("val", 11)), E("name", A("val", "Calibri")), E("family", A("val", 2))), AddedFonts());
        var fills = E("fills", E("fill", E("patternFill", A("patternType", "none"))), E("fill", E("patternFill", A("patternType", "gray125"))), AddedFills());
        var borders = E("borders", E("border", E("left"), E("right"), E("top"), E("bottom"), E("diagonal")));
        var styleXfs = E("cellStyleXfs", E("xf", A("numFmtId", 0), A("fontId", 0), A("fillId", 0), A("borderId", 0)));
        var cellXfs = E("cellXfs", _cellFormats, AddedFormats());
        var cellStyles = E("cellStyles", E("cellStyle", A("name", "Normal"), A("xfId", 0), A("builtinId", 0)));
        foreach (var list in new[] { fonts, fills, borders, styleXfs, cellXfs, cellStyles }) list.SetAttributeValue("count", list.Elements().Count());
        E("styleSheet", fonts, fills, borders, styleXfs, cellXfs, cellStyles).WriteTo(writer);
    }
}
