using System.Globalization;
using System.Xml;

namespace Thb.Publication.Charts;

/// <summary>
/// The sheet's drawing part (xdr:wsDr) as Excel writes one: each chart in a graphic frame and the map as a picture,
/// each anchored at a cell with its size in EMU (one-cell anchors), each with a name and a description for readers.
/// </summary>
public static class DrawingXml
{
    private const string Ns = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    /// <summary>EMU per centimetre.</summary>
    public const long Cm = 360_000;

    public sealed record Anchor(int Row, long Width, long Height, string Name, string Description, string RelationshipId, bool IsPicture);

    public static void Write(Stream stream, IReadOnlyList<Anchor> anchors)
    {
        using var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("xdr", "wsDr", Ns);
        x.WriteAttributeString("xmlns", "a", null, ChartXml.DrawingNs);
        for (var i = 0; i < anchors.Count; i++)
        {
            var anchor = anchors[i];
            x.WriteStartElement("xdr", "oneCellAnchor", Ns);
            x.WriteStartElement("xdr", "from", Ns);
            x.WriteElementString("xdr", "col", Ns, "0");
            x.WriteElementString("xdr", "colOff", Ns, "0");
            x.WriteElementString("xdr", "row", Ns, (anchor.Row - 1).ToString(CultureInfo.InvariantCulture));
            x.WriteElementString("xdr", "rowOff", Ns, "0");
            x.WriteEndElement();
            x.WriteStartElement("xdr", "ext", Ns);
            x.WriteAttributeString("cx", anchor.Width.ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("cy", anchor.Height.ToString(CultureInfo.InvariantCulture));
            x.WriteEndElement();
            if (anchor.IsPicture) Picture(x, anchor, i + 2);
            else Chart(x, anchor, i + 2);
            x.WriteElementString("xdr", "clientData", Ns, "");
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void Names(XmlWriter x, string element, Anchor anchor, int id)
    {
        x.WriteStartElement("xdr", "cNvPr", Ns);
        x.WriteAttributeString("id", id.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("name", anchor.Name);
        x.WriteAttributeString("descr", anchor.Description);
        x.WriteEndElement();
        x.WriteStartElement("xdr", element, Ns);
        if (element == "cNvPicPr")
        {
            x.WriteStartElement("a", "picLocks", ChartXml.DrawingNs);
            x.WriteAttributeString("noChangeAspect", "1");
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void Chart(XmlWriter x, Anchor anchor, int id)
    {
        x.WriteStartElement("xdr", "graphicFrame", Ns);
        x.WriteAttributeString("macro", "");
        x.WriteStartElement("xdr", "nvGraphicFramePr", Ns);
        Names(x, "cNvGraphicFramePr", anchor, id);
        x.WriteEndElement();
        x.WriteStartElement("xdr", "xfrm", Ns);
        Transform(x, 0, 0);
        x.WriteEndElement();
        x.WriteStartElement("a", "graphic", ChartXml.DrawingNs);
        x.WriteStartElement("a", "graphicData", ChartXml.DrawingNs);
        x.WriteAttributeString("uri", ChartXml.ChartNs);
        x.WriteStartElement("c", "chart", ChartXml.ChartNs);
        x.WriteAttributeString("xmlns", "r", null, ChartXml.RelationshipNs);
        x.WriteAttributeString("id", ChartXml.RelationshipNs, anchor.RelationshipId);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Picture(XmlWriter x, Anchor anchor, int id)
    {
        x.WriteStartElement("xdr", "pic", Ns);
        x.WriteStartElement("xdr", "nvPicPr", Ns);
        Names(x, "cNvPicPr", anchor, id);
        x.WriteEndElement();
        x.WriteStartElement("xdr", "blipFill", Ns);
        x.WriteStartElement("a", "blip", ChartXml.DrawingNs);
        x.WriteAttributeString("xmlns", "r", null, ChartXml.RelationshipNs);
        x.WriteAttributeString("embed", ChartXml.RelationshipNs, anchor.RelationshipId);
        x.WriteEndElement();
        x.WriteStartElement("a", "stretch", ChartXml.DrawingNs);
        x.WriteElementString("a", "fillRect", ChartXml.DrawingNs, "");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("xdr", "spPr", Ns);
        x.WriteStartElement("a", "xfrm", ChartXml.DrawingNs);
        Transform(x, anchor.Width, anchor.Height);
        x.WriteEndElement();
        x.WriteStartElement("a", "prstGeom", ChartXml.DrawingNs);
        x.WriteAttributeString("prst", "rect");
        x.WriteElementString("a", "avLst", ChartXml.DrawingNs, "");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    /// <summary>a:off and a:ext (their content; the caller wrote the enclosing xfrm).</summary>
    private static void Transform(XmlWriter x, long width, long height)
    {
        x.WriteStartElement("a", "off", ChartXml.DrawingNs);
        x.WriteAttributeString("x", "0");
        x.WriteAttributeString("y", "0");
        x.WriteEndElement();
        x.WriteStartElement("a", "ext", ChartXml.DrawingNs);
        x.WriteAttributeString("cx", width.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("cy", height.ToString(CultureInfo.InvariantCulture));
        x.WriteEndElement();
    }
}
