using System.Text;
using System.Xml;

namespace Thb.Workbooks;

/// <summary>
/// Writing SpreadsheetML as Excel does: UTF-8 without a byte-order mark, a standalone declaration, and the main
/// namespace as the default namespace (the Open XML SDK's DOM writes an "x:" prefix, which exceljs cannot read).
/// Copying a part node by node keeps everything else of it: other namespaces and their prefixes, attributes, text.
/// </summary>
public static class SpreadsheetXml
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static XmlWriter CreateWriter(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
        Indent = false,
        NewLineHandling = NewLineHandling.None,
    });

    /// <summary>
    /// The namespaces Excel writes as the default one: SpreadsheetML's and docProps/app.xml's. Others keep their prefixes
    /// (a: in themes, xdr: in drawings, cp: in core properties), as Excel spells them and as some readers match them.
    /// </summary>
    public static bool IsDefaultNamespace(string ns) => ns is OoxmlNames.SpreadsheetMain or OoxmlNames.ExtendedProperties;

    /// <summary>Copies the node the reader is on: a start tag with its attributes (closed when empty), an end tag, or text.</summary>
    public static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var empty = reader.IsEmptyElement;
                CopyStartElement(reader, writer);
                if (empty) writer.WriteEndElement();
                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
        }
    }

    /// <summary>Writes the start tag of the reader's element with its attributes, except those <paramref name="skip"/> names; leaves it open.</summary>
    public static void CopyStartElement(XmlReader reader, XmlWriter writer, Func<string, bool>? skip = null)
    {
        var main = IsDefaultNamespace(reader.NamespaceURI);
        writer.WriteStartElement(main ? "" : reader.Prefix, reader.LocalName, reader.NamespaceURI);
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            if (reader.NamespaceURI == XmlnsNamespace)
            {
                // Declarations of the main namespace give way to the default one; a default for another namespace
                // cannot stand on an element of the main namespace.
                if (IsDefaultNamespace(reader.Value) || main && reader.Prefix.Length == 0) continue;
                writer.WriteAttributeString(reader.Prefix.Length == 0 ? null : "xmlns", reader.LocalName, XmlnsNamespace, reader.Value);
                continue;
            }
            if (skip is not null && reader.NamespaceURI.Length == 0 && skip(reader.LocalName)) continue;
            writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    /// <summary>Writes an element built with the Open XML SDK's classes as a part of its own, in Excel's spelling.</summary>
    public static void WritePart(DocumentFormat.OpenXml.OpenXmlElement element, Stream output) =>
        Restyle(new MemoryStream(Encoding.UTF8.GetBytes(element.OuterXml), writable: false), output);

    /// <summary>Copies a whole part, the main namespace made the default one.</summary>
    public static void Restyle(Stream input, Stream output)
    {
        using var reader = SafeXml.Open(input, long.MaxValue);
        using var writer = CreateWriter(output);
        writer.WriteStartDocument(true);
        while (reader.Read()) CopyNode(reader, writer);
    }
}
