using System.Xml;

namespace Thb.Workbooks;

/// <summary>[Content_Types].xml: a content type per file extension, and one per part where it differs.</summary>
public sealed class ContentTypes
{
    public const string PartName = "[Content_Types].xml";

    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rels"] = OoxmlNames.TypeRelationships,
        ["xml"] = "application/xml",
    };
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    public void Default(string extension, string contentType) => _defaults.TryAdd(extension, contentType);

    public bool HasDefault(string extension) => _defaults.ContainsKey(extension);

    public void Override(string part, string contentType)
    {
        var name = "/" + part.TrimStart('/');
        if (!_overrides.ContainsKey(name)) _order.Add(name);
        _overrides[name] = contentType;
    }

    public void Remove(string part)
    {
        var name = "/" + part.TrimStart('/');
        if (_overrides.Remove(name)) _order.Remove(name);
    }

    public string? Of(string part)
    {
        if (_overrides.TryGetValue("/" + part.TrimStart('/'), out var type)) return type;
        var dot = part.LastIndexOf('.');
        return dot >= 0 && _defaults.TryGetValue(part[(dot + 1)..], out var byExtension) ? byExtension : null;
    }

    public static ContentTypes Read(Stream stream)
    {
        var types = new ContentTypes();
        using var reader = SafeXml.Open(stream, 50_000_000);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension && reader.GetAttribute("ContentType") is { } type)
                types._defaults[extension] = type;
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part && reader.GetAttribute("ContentType") is { } partType)
                types.Override(Uri.UnescapeDataString(part), partType);
        }
        return types;
    }

    public void Write(Stream stream)
    {
        using var w = SpreadsheetXml.CreateWriter(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement("Types", OoxmlNames.ContentTypes);
        foreach (var (extension, type) in _defaults)
        {
            w.WriteStartElement("Default", OoxmlNames.ContentTypes);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
        foreach (var part in _order)
        {
            w.WriteStartElement("Override", OoxmlNames.ContentTypes);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", _overrides[part]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}
