using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using Thb.Workbooks;

namespace Thb.Publication.Document;

/// <summary>
/// Open XML SDK elements (headings, table and section properties, the map's drawing) spelled into a part that is written
/// as UTF-8 markup: each is written by the SDK to an XmlWriter inside a wrapper that declares the part root's
/// namespaces, so it comes out exactly as it would inside the part (no namespace declared again), and its bytes are
/// copied across. The few SDK elements of a document cost what they did; the hundred thousand table paragraphs go
/// straight to <see cref="Utf8Markup"/>.
/// </summary>
internal sealed class ElementMarkup : IDisposable
{
    private readonly MemoryStream _bytes = new();
    private readonly XmlWriter _writer;
    private readonly int _start;

    public ElementMarkup(IEnumerable<KeyValuePair<string, string>> namespaces)
    {
        _writer = XmlWriter.Create(_bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        _writer.WriteStartElement("scope");
        foreach (var (prefix, ns) in namespaces) _writer.WriteAttributeString("xmlns", prefix, null, ns);
        _writer.WriteString(""); // closes the wrapper's start tag: what follows is the element alone
        _writer.Flush();
        _start = (int)_bytes.Length;
    }

    /// <summary>Writes <paramref name="element"/> into <paramref name="markup"/> as the SDK spells it.</summary>
    public void Write(OpenXmlElement element, Utf8Markup markup)
    {
        element.WriteTo(_writer);
        _writer.Flush();
        markup.Raw(_bytes.GetBuffer().AsSpan(_start, (int)_bytes.Length - _start));
        _bytes.SetLength(_start);
    }

    public void Dispose() => _writer.Dispose();
}
