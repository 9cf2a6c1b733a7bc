using System.Globalization;
using System.Xml;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>
/// Streams one worksheet part from the upload to the feedback copy, changing only what marking needs: the style index
/// of each marked cell (a cell that does not exist is added, in row and column order), the tab selection (the Findings
/// sheet becomes the selected one) and a legacyDrawing reference for the comments. Everything else is copied as it is.
/// </summary>
internal sealed class SheetMarker
{
    // Elements of a worksheet that come after legacyDrawing (ECMA-376 CT_Worksheet order).
    private static readonly HashSet<string> AfterLegacyDrawing = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

    private readonly SortedDictionary<int, SortedDictionary<int, CellMark>> _marks;
    private readonly Func<int, CellMark, int> _styleFor;
    private readonly string? _legacyDrawingId;
    private XmlWriter _writer = null!;
    private string _ns = OoxmlNames.SpreadsheetMain;
    private string _prefix = "";
    private int _row;
    private int _column;
    private SortedDictionary<int, CellMark>? _rowMarks;
    private bool _drawingWritten;

    /// <param name="marks">The cells to mark (consumed).</param>
    /// <param name="styleFor">The style index a marked cell gets, from its own style index.</param>
    /// <param name="legacyDrawingId">The relationship id of the comments' VML drawing to reference; null to add none.</param>
    public SheetMarker(SortedDictionary<int, SortedDictionary<int, CellMark>> marks, Func<int, CellMark, int> styleFor, string? legacyDrawingId)
    {
        _marks = marks;
        _styleFor = styleFor;
        _legacyDrawingId = legacyDrawingId;
    }

    public void Copy(Stream input, Stream output)
    {
        using var reader = SafeXml.Open(input, long.MaxValue);
        using var writer = SpreadsheetXml.CreateWriter(output);
        _writer = writer;
        _row = 0;
        _column = 0;
        _rowMarks = null;
        _drawingWritten = _legacyDrawingId is null;
        writer.WriteStartDocument(true);
        while (reader.Read())
        {
            var written = reader.NodeType switch
            {
                XmlNodeType.Element => OnElement(reader),
                XmlNodeType.EndElement => OnEndElement(reader),
                _ => false,
            };
            if (!written) SpreadsheetXml.CopyNode(reader, writer);
        }
    }

    /// <summary>Handles a start tag; true when it has written the element itself, false when it is to be copied as it is.</summary>
    private bool OnElement(XmlReader reader)
    {
        var empty = reader.IsEmptyElement;
        switch (reader.Depth, reader.LocalName)
        {
            case (0, _):
                _ns = reader.NamespaceURI;
                _prefix = _ns == OoxmlNames.SpreadsheetMain ? "" : reader.Prefix;
                return false;
            case (1, "legacyDrawing"):
                _drawingWritten = true;
                return false;
            case (1, var name) when !_drawingWritten && AfterLegacyDrawing.Contains(name):
                WriteLegacyDrawing(RelationshipsFor(_ns));
                _drawingWritten = true;
                return false;
            case (1, "sheetData") when empty:
                SpreadsheetXml.CopyStartElement(reader, _writer);
                WriteRowsBefore(int.MaxValue);
                _writer.WriteEndElement();
                return true;
            case (2, "sheetView"):
                SpreadsheetXml.CopyStartElement(reader, _writer, a => a == "tabSelected");
                if (empty) _writer.WriteEndElement();
                return true;
            case (2, "row"):
                OnRow(reader, empty);
                return true;
            case (3, "c"):
                OnCell(reader, empty);
                return true;
            default:
                return false;
        }
    }

    private void OnRow(XmlReader reader, bool empty)
    {
        _row = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : _row + 1;
        _column = 0;
        WriteRowsBefore(_row);
        _rowMarks = _marks.Remove(_row, out var found) ? found : null;
        SpreadsheetXml.CopyStartElement(reader, _writer, a => a == "r" || _rowMarks is not null && a == "spans");
        _writer.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        if (!empty) return;
        WriteCellsBefore(_row, _rowMarks, int.MaxValue);
        _writer.WriteEndElement();
    }

    private void OnCell(XmlReader reader, bool empty)
    {
        _column = CellReference.TryParse(reader.GetAttribute("r"), out var at) ? at.Column : _column + 1;
        WriteCellsBefore(_row, _rowMarks, _column);
        CellMark? mark = null;
        if (_rowMarks is not null && _rowMarks.Remove(_column, out var m)) mark = m;
        SpreadsheetXml.CopyStartElement(reader, _writer, a => a == "r" || mark is not null && a == "s");
        _writer.WriteAttributeString("r", new CellReference(_row, _column).ToString());
        if (mark is not null)
        {
            var own = int.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
            _writer.WriteAttributeString("s", _styleFor(own, mark).ToString(CultureInfo.InvariantCulture));
        }
        if (empty) _writer.WriteEndElement();
    }

    /// <summary>Before an end tag is copied: what marking adds at the end of the sheet, of sheetData or of a row.</summary>
    private bool OnEndElement(XmlReader reader)
    {
        switch (reader.Depth, reader.LocalName)
        {
            case (0, _) when !_drawingWritten:
                WriteLegacyDrawing(RelationshipsFor(_ns));
                _drawingWritten = true;
                break;
            case (1, "sheetData"):
                WriteRowsBefore(int.MaxValue);
                break;
            case (2, "row"):
                WriteCellsBefore(_row, _rowMarks, int.MaxValue);
                _rowMarks = null;
                break;
        }
        return false;
    }

    private static string RelationshipsFor(string ns) =>
        ns.StartsWith("http://purl.oclc.org/", StringComparison.Ordinal) ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : OoxmlNames.Relationships;

    private void WriteLegacyDrawing(string relationshipsNamespace)
    {
        _writer.WriteStartElement(_prefix, "legacyDrawing", _ns);
        _writer.WriteAttributeString("r", "id", relationshipsNamespace, _legacyDrawingId);
        _writer.WriteEndElement();
    }

    /// <summary>Rows that hold marks but do not exist in the sheet, up to (not including) <paramref name="before"/>.</summary>
    private void WriteRowsBefore(int before)
    {
        while (_marks.Count > 0)
        {
            var (row, cells) = _marks.First();
            if (row >= before) return;
            _marks.Remove(row);
            _writer.WriteStartElement(_prefix, "row", _ns);
            _writer.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
            WriteCellsBefore(row, cells, int.MaxValue);
            _writer.WriteEndElement();
        }
    }

    private void WriteCellsBefore(int row, SortedDictionary<int, CellMark>? cells, int before)
    {
        while (cells is { Count: > 0 })
        {
            var (column, mark) = cells.First();
            if (column >= before) return;
            cells.Remove(column);
            _writer.WriteStartElement(_prefix, "c", _ns);
            _writer.WriteAttributeString("r", new CellReference(row, column).ToString());
            _writer.WriteAttributeString("s", _styleFor(0, mark).ToString(CultureInfo.InvariantCulture));
            _writer.WriteEndElement();
        }
    }
}
