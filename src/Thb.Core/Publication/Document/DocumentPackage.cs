using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using Thb.Workbooks;

namespace Thb.Publication.Document;

/// <summary>
/// The parts of the Council document's package, their content types and relationships, written forward-only by
/// <see cref="ExcelPackageWriter"/> (the package writer of the workbooks; OPC is one format): each part goes into the
/// zip as it is written, so the body of a large annex is never held whole, as the Open XML SDK's package, opened for
/// reading and writing, holds every part it writes until it is closed.
/// </summary>
public static class DocumentPackage
{
    private const string Rel = OoxmlNames.Relationships;
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string Main = "word/document.xml";
    public const string TypeMain = Wml + "document.main+xml";

    public static readonly (string Path, string Type, string Relationship) Styles = ("word/styles.xml", Wml + "styles+xml", Rel + "/styles");
    public static readonly (string Path, string Type, string Relationship) Settings = ("word/settings.xml", Wml + "settings+xml", Rel + "/settings");
    public static readonly (string Path, string Type, string Relationship) FontTable = ("word/fontTable.xml", Wml + "fontTable+xml", Rel + "/fontTable");
    public static readonly (string Path, string Type, string Relationship) Footer = ("word/footer1.xml", Wml + "footer+xml", Rel + "/footer");
    public static readonly (string Path, string Type, string Relationship) Footnotes = ("word/footnotes.xml", Wml + "footnotes+xml", Rel + "/footnotes");
    public static readonly (string Path, string Type, string Relationship) Image = ("word/media/image1.png", "image/png", Rel + "/image");

    /// <summary>Writes an SDK element as a whole part (UTF-8, with its declaration, as the SDK saves a part) and relates it to the main part.</summary>
    public static string WritePart(ExcelPackageWriter package, (string Path, string Type, string Relationship) part, OpenXmlElement root)
    {
        package.WritePart(part.Path, part.Type, stream =>
        {
            using var writer = CreateWriter(stream);
            writer.WriteStartDocument(true);
            root.WriteTo(writer);
        });
        return package.Relate(Main, part.Relationship, part.Path);
    }

    public static XmlWriter CreateWriter(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, Indent = false, NewLineHandling = NewLineHandling.None });

    /// <summary>docProps/core.xml: title, subject, creator, identifier, created and modified; docProps/app.xml: the application.</summary>
    public static void WriteProperties(ExcelPackageWriter package, string title, string subject, string identifier, DateTimeOffset created)
    {
        var properties = new DocumentProperties(title, created) { Subject = subject, Identifier = identifier };
        package.WritePart("docProps/core.xml", OoxmlNames.TypeCoreProperties, properties.WriteCore);
        package.Relate("", OoxmlNames.RelCoreProperties, "docProps/core.xml");
        package.WritePart("docProps/app.xml", OoxmlNames.TypeExtendedProperties, stream =>
        {
            using var w = CreateWriter(stream);
            w.WriteStartDocument(true);
            w.WriteStartElement("Properties", OoxmlNames.ExtendedProperties);
            w.WriteElementString("Application", OoxmlNames.ExtendedProperties, DocumentProperties.DefaultCreator);
            w.WriteElementString("DocSecurity", OoxmlNames.ExtendedProperties, "0");
            w.WriteEndElement();
        });
        package.Relate("", OoxmlNames.RelExtendedProperties, "docProps/app.xml");
    }
}
