using System.Globalization;
using System.Xml;

namespace Thb.Workbooks;

/// <summary>What docProps/core.xml and docProps/app.xml say about a workbook we hand out: title, creator and dates.</summary>
public sealed record DocumentProperties(string Title, DateTimeOffset Created, string Creator = DocumentProperties.DefaultCreator)
{
    public const string DefaultCreator = "ThbFunctions";

    /// <summary>dc:subject, written when set (the Council document's).</summary>
    public string? Subject { get; init; }

    /// <summary>dc:identifier, written when set (the Council document's reference).</summary>
    public string? Identifier { get; init; }

    public void WriteCore(Stream stream)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var stamp = Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var w = SpreadsheetXml.CreateWriter(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("title", dc, Title);
        if (Subject is not null) w.WriteElementString("subject", dc, Subject);
        w.WriteElementString("creator", dc, Creator);
        w.WriteElementString("lastModifiedBy", cp, Creator);
        if (Identifier is not null) w.WriteElementString("identifier", dc, Identifier);
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement(name, dcterms);
            w.WriteAttributeString("type", xsi, "dcterms:W3CDTF");
            w.WriteString(stamp);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    public static void WriteApp(Stream stream, IReadOnlyList<string> sheetNames)
    {
        const string ns = OoxmlNames.ExtendedProperties;
        const string vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
        using var w = SpreadsheetXml.CreateWriter(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement("Properties", ns);
        w.WriteAttributeString("xmlns", "vt", null, vt);
        w.WriteElementString("Application", ns, "Microsoft Excel");
        w.WriteElementString("DocSecurity", ns, "0");
        w.WriteElementString("ScaleCrop", ns, "false");
        w.WriteStartElement("HeadingPairs", ns);
        w.WriteStartElement("vector", vt);
        w.WriteAttributeString("size", "2");
        w.WriteAttributeString("baseType", "variant");
        w.WriteStartElement("variant", vt);
        w.WriteElementString("lpstr", vt, "Worksheets");
        w.WriteEndElement();
        w.WriteStartElement("variant", vt);
        w.WriteElementString("i4", vt, sheetNames.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("TitlesOfParts", ns);
        w.WriteStartElement("vector", vt);
        w.WriteAttributeString("size", sheetNames.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("baseType", "lpstr");
        foreach (var name in sheetNames) w.WriteElementString("lpstr", vt, name);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteElementString("LinksUpToDate", ns, "false");
        w.WriteElementString("SharedDoc", ns, "false");
        w.WriteElementString("HyperlinksChanged", ns, "false");
        w.WriteElementString("AppVersion", ns, "16.0300");
        w.WriteEndElement();
    }
}
