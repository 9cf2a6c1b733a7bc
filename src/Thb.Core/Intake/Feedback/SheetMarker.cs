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
        writer.WriteStartDocument(true);
        var row = 0;
        var column = 0;
        SortedDictionary<int, CellMark>? rowMarks = null;
        var drawingWritten = _legacyDrawingId is null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var empty = reader.IsEmptyElement;
                switch (reader.Depth, reader.LocalName)
                {
                    case (0, _):
                        _ns = reader.NamespaceURI;
                        _prefix = _ns == OoxmlNames.SpreadsheetMain ? "" : reader.Prefix;
                        break;
                    case (1, "legacyDrawing"):
                        drawingWritten = true;
                        break;
                    case (1, var name) when !drawingWritten && AfterLegacyDrawing.Contains(name):
                        WriteLegacyDrawing(RelationshipsFor(_ns));
                        drawingWritten = true;
                        break;
                    case (1, "sheetData") when empty:
                        SpreadsheetXml.CopyStartElement(reader, writer);
                        WriteRowsBefore(int.MaxValue);
                        writer.WriteEndElement();
                        continue;
                    case (2, "sheetView"):
                        SpreadsheetXml.CopyStartElement(reader, writer, a => a == "tabSelected");
                        if (empty) writer.WriteEndElement();
                        continue;
                    case (2, "row"):
                        row = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        column = 0;
                        WriteRowsBefore(row);
                        rowMarks = _marks.Remove(row, out var found) ? found : null;
                        SpreadsheetXml.CopyStartElement(reader, writer, a => a == "r" || rowMarks is not null && a == "spans");
                        writer.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
                        if (empty)
                        {
                            WriteCellsBefore(row, rowMarks, int.MaxValue);
                            writer.WriteEndElement();
                        }
                        continue;
                    case (3, "c"):
                        column = CellReference.TryParse(reader.GetAttribute("r"), out var at) ? at.Column : column + 1;
                        WriteCellsBefore(row, rowMarks, column);
                        CellMark? mark = null;
                        if (rowMarks is not null && rowMarks.Remove(column, out var m)) mark = m;
                        SpreadsheetXml.CopyStartElement(reader, writer, a => a == "r" || mark is not null && a == "s");
                        writer.WriteAttributeString("r", new CellReference(row, column).ToString());
                        if (mark is not null)
                        {
                            var own = int.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
                            writer.WriteAttributeString("s", _styleFor(own, mark).ToString(CultureInfo.InvariantCulture));
                        }
                        if (empty) writer.WriteEndElement();
                        continue;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.Depth, reader.LocalName)
                {
                    case (0, _) when !drawingWritten:
                        WriteLegacyDrawing(RelationshipsFor(_ns));
                        drawingWritten = true;
                        break;
                    case (1, "sheetData"):
                        WriteRowsBefore(int.MaxValue);
                        break;
                    case (2, "row"):
                        WriteCellsBefore(row, rowMarks, int.MaxValue);
                        rowMarks = null;
                        break;
                }
            }
            SpreadsheetXml.CopyNode(reader, writer);
        }
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
