using System.Globalization;
using System.Text;
using System.Xml;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>
/// Legacy cell comments (a comments part and its VML drawing), the kind every reader shows: new parts for a sheet
/// without comments, or the sheet's own parts with ours added (a cell that already has a comment gets ours after it).
/// </summary>
internal static class CommentParts
{
    public const string Author = "ThbFunctions";

    /// <summary>The comments part: the sheet's own (when given) with ours merged in, else ours alone.</summary>
    public static void WriteComments(Stream? existing, Stream output, IReadOnlyList<(CellReference Cell, CellMark Mark)> marks)
    {
        using var writer = SpreadsheetXml.CreateWriter(output);
        writer.WriteStartDocument(true);
        const string ns = OoxmlNames.SpreadsheetMain;
        if (existing is null)
        {
            writer.WriteStartElement("comments", ns);
            writer.WriteStartElement("authors", ns);
            writer.WriteElementString("author", ns, Author);
            writer.WriteEndElement();
            writer.WriteStartElement("commentList", ns);
            foreach (var (cell, mark) in marks) WriteComment(writer, ns, cell, mark, 0);
            writer.WriteEndElement();
            writer.WriteEndElement();
            return;
        }

        var pending = marks.ToDictionary(m => m.Cell.ToString(), m => m.Mark, StringComparer.OrdinalIgnoreCase);
        using var reader = SafeXml.Open(existing, long.MaxValue);
        var authors = 0;
        CellMark? appendTo = null;
        var root = ns;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 0) root = reader.NamespaceURI;
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == "author") authors++;
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == "comment")
                appendTo = pending.Remove(reader.GetAttribute("ref") ?? "", out var mark) ? mark : null;
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.Depth, reader.LocalName)
                {
                    case (1, "authors"):
                        writer.WriteElementString("author", root, Author);
                        break;
                    case (3, "text") when appendTo is not null:
                        WriteRuns(writer, root, appendTo, separate: true);
                        appendTo = null;
                        break;
                    case (1, "commentList"):
                        foreach (var (cell, mark) in marks.Where(m => pending.ContainsKey(m.Cell.ToString()))) WriteComment(writer, root, cell, mark, authors);
                        break;
                }
            }
            SpreadsheetXml.CopyNode(reader, writer);
        }
    }

    private static void WriteComment(XmlWriter writer, string ns, CellReference cell, CellMark mark, int authorId)
    {
        writer.WriteStartElement("comment", ns);
        writer.WriteAttributeString("ref", cell.ToString());
        writer.WriteAttributeString("authorId", authorId.ToString(CultureInfo.InvariantCulture));
        writer.WriteStartElement("text", ns);
        WriteRuns(writer, ns, mark, separate: false);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRuns(XmlWriter writer, string ns, CellMark mark, bool separate)
    {
        void Run(string text, bool bold)
        {
            writer.WriteStartElement("r", ns);
            writer.WriteStartElement("rPr", ns);
            if (bold) writer.WriteElementString("b", ns, null);
            writer.WriteStartElement("sz", ns);
            writer.WriteAttributeString("val", "9");
            writer.WriteEndElement();
            writer.WriteStartElement("rFont", ns);
            writer.WriteAttributeString("val", "Tahoma");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("t", ns);
            writer.WriteAttributeString("xml", "space", null, "preserve");
            writer.WriteString(Thb.Workbooks.Xstring.Escape(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        Run((separate ? "\n" : "") + Author + ":", bold: true);
        Run("\n" + string.Join("\n", mark.Lines), bold: false);
    }

    /// <summary>A VML drawing with one hidden note shape per comment (shape ids in the block <paramref name="block"/>).</summary>
    public static string NewVml(IReadOnlyList<(CellReference Cell, CellMark Mark)> marks, int block)
    {
        var text = new StringBuilder();
        text.Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">");
        text.Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").Append(block).Append("\"/></o:shapelayout>");
        text.Append(ShapeType);
        AppendShapes(text, marks, block);
        text.Append("</xml>");
        return text.ToString();
    }

    /// <summary>The sheet's own VML drawing with our note shapes added before its end.</summary>
    public static string MergedVml(string existing, IReadOnlyList<(CellReference Cell, CellMark Mark)> marks, int block)
    {
        var end = existing.LastIndexOf("</xml>", StringComparison.OrdinalIgnoreCase);
        if (end < 0) return NewVml(marks, block);
        var text = new StringBuilder(existing.Length + marks.Count * 700);
        text.Append(existing, 0, end);
        if (!existing.Contains("_x0000_t202", StringComparison.Ordinal)) text.Append(ShapeType);
        AppendShapes(text, marks, block);
        text.Append(existing, end, existing.Length - end);
        return text.ToString();
    }

    private const string ShapeType =
        "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>" +
        "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

    private static void AppendShapes(StringBuilder text, IReadOnlyList<(CellReference Cell, CellMark Mark)> marks, int block)
    {
        var id = block * 1024 + 1;
        foreach (var (cell, mark) in marks)
        {
            int row = cell.Row - 1, column = cell.Column - 1;
            var height = Math.Clamp(mark.Lines.Sum(l => l.Length / 60 + 1) + 1, 4, 30);
            text.Append("<v:shape id=\"_x0000_s").Append(id++).Append("\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:60pt;margin-top:2pt;width:320pt;height:")
                .Append(height * 12).Append("pt;z-index:").Append(id).Append(";visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                .Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                .Append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                .Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                .Append(column + 1).Append(", 15, ").Append(Math.Max(0, row - 1)).Append(", 10, ").Append(column + 6).Append(", 15, ").Append(row + height).Append(", 4")
                .Append("</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").Append(row).Append("</x:Row><x:Column>").Append(column)
                .Append("</x:Column></x:ClientData></v:shape>");
        }
    }
}
