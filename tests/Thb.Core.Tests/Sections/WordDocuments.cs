using System.IO.Compression;
using System.Security;
using System.Text;

namespace Thb.Tests.Sections;

/// <summary>Word documents made part by part (as Word lays them out), for the narrative reader's tests.</summary>
public sealed class WordDocuments
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly StringBuilder _body = new();
    private readonly Dictionary<string, string> _parts = new();
    private readonly List<string> _documentRelationships = [];

    public static string Run(string text, bool bold = false, bool italic = false) =>
        $"<w:r>{(bold || italic ? "<w:rPr>" + (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + "</w:rPr>" : "")}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    public WordDocuments Paragraph(string runs, string? style = null, int? numId = null, int level = 0)
    {
        var properties = style is null && numId is null ? "" :
            "<w:pPr>" + (style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>") + (numId is null ? "" : $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>") + "</w:pPr>";
        _body.Append("<w:p>").Append(properties).Append(runs).Append("</w:p>");
        return this;
    }

    public WordDocuments Text(string text, string? style = null) => Paragraph(Run(text), style);

    public WordDocuments Table(params string[][] rows)
    {
        _body.Append("<w:tbl>");
        foreach (var row in rows)
            _body.Append("<w:tr>").Append(string.Concat(row.Select(c => $"<w:tc><w:p>{Run(c)}</w:p></w:tc>"))).Append("</w:tr>");
        _body.Append("</w:tbl>");
        return this;
    }

    public WordDocuments Raw(string xml)
    {
        _body.Append(xml);
        return this;
    }

    public WordDocuments Part(string name, string content)
    {
        _parts[name] = content;
        return this;
    }

    public WordDocuments DocumentRelationship(string xml)
    {
        _documentRelationships.Add(xml);
        return this;
    }

    /// <summary>Styles Heading1–3 ("heading 1" …) and Title, and list 1 decimal "%1." with level 2 "%1.%2", list 2 bullets, list 3 upper roman "%1.".</summary>
    public static WordDocuments Standard() => new WordDocuments()
        .Part("word/styles.xml", $"<w:styles xmlns:w=\"{W}\">" +
                                  string.Concat(Enumerable.Range(1, 3).Select(i => $"<w:style w:type=\"paragraph\" w:styleId=\"Heading{i}\"><w:name w:val=\"heading {i}\"/></w:style>")) +
                                  "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style></w:styles>")
        .Part("word/numbering.xml", $"<w:numbering xmlns:w=\"{W}\">" +
                                     "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>" +
                                     "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>" +
                                     "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>" +
                                     "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>" +
                                     "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>" +
                                     "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>" +
                                     "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num></w:numbering>");

    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Write(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
            Write("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                                        "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write("word/document.xml", $"<w:document xmlns:w=\"{W}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>{_body}</w:body></w:document>");
            if (_documentRelationships.Count > 0)
                Write("word/_rels/document.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{string.Concat(_documentRelationships)}</Relationships>");
            foreach (var (name, content) in _parts) Write(name, content);
        }
        return memory.ToArray();
    }
}
