using System.Globalization;
using System.Text;
using System.Xml;

namespace Thb.Publication.Map;

/// <summary>
/// The map as accessible SVG for the Presidency's page: role="img" with a title and a description that reads the
/// figures out, and one path per country carrying its name and actions (aria-label and a title tooltip).
/// </summary>
public static class MapSvg
{
    private const string Ns = "http://www.w3.org/2000/svg";

    public static string Write(MapScene scene)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            xml.WriteStartElement("svg", Ns);
            Attr(xml, "viewBox", $"0 0 {scene.Width} {scene.Height}");
            Attr(xml, "width", scene.Width.ToString(CultureInfo.InvariantCulture));
            Attr(xml, "height", scene.Height.ToString(CultureInfo.InvariantCulture));
            Attr(xml, "role", "img");
            Attr(xml, "aria-labelledby", "thb-map-title thb-map-desc");
            Attr(xml, "font-family", "Liberation Sans, Arial, Helvetica, sans-serif");
            xml.WriteStartElement("title", Ns);
            Attr(xml, "id", "thb-map-title");
            xml.WriteString(scene.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("desc", Ns);
            Attr(xml, "id", "thb-map-desc");
            xml.WriteString(scene.Description);
            xml.WriteEndElement();
            Rect(xml, new SceneBox(0, 0, scene.Width, scene.Height, "#ffffff", null));

            xml.WriteStartElement("g", Ns);
            Attr(xml, "id", "countries");
            Paths(xml, scene.Shapes, named: true);
            xml.WriteEndElement();
            if (scene.Inset is { } inset) Inset(xml, inset);

            foreach (var line in scene.Lines)
            {
                xml.WriteStartElement("line", Ns);
                Attr(xml, "x1", F(line.X1)); Attr(xml, "y1", F(line.Y1)); Attr(xml, "x2", F(line.X2)); Attr(xml, "y2", F(line.Y2));
                Attr(xml, "stroke", line.Stroke);
                xml.WriteEndElement();
            }
            foreach (var box in scene.Boxes) Rect(xml, box);
            foreach (var text in scene.Texts)
            {
                xml.WriteStartElement("text", Ns);
                Attr(xml, "x", F(text.X)); Attr(xml, "y", F(text.Y));
                Attr(xml, "font-size", F(text.Size));
                Attr(xml, "fill", text.Color);
                if (text.Bold) Attr(xml, "font-weight", "bold");
                if (text.Italic) Attr(xml, "font-style", "italic");
                xml.WriteString(text.Text);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return builder.ToString();
    }

    /// <summary>The enlarged part: the same countries again, hidden from screen readers (the main map names each once).</summary>
    private static void Inset(XmlWriter xml, SceneInset inset)
    {
        xml.WriteStartElement("g", Ns);
        Attr(xml, "id", "inset");
        Attr(xml, "aria-hidden", "true");
        xml.WriteStartElement("clipPath", Ns);
        Attr(xml, "id", "inset-clip");
        Rect(xml, inset.Frame with { Stroke = null });
        xml.WriteEndElement();
        Rect(xml, inset.Frame);
        xml.WriteStartElement("g", Ns);
        Attr(xml, "clip-path", "url(#inset-clip)");
        Paths(xml, inset.Shapes, named: false);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>One path per country; named ones carry their code, an aria-label and a title, the inset's only their code.</summary>
    private static void Paths(XmlWriter xml, IReadOnlyList<SceneShape> shapes, bool named)
    {
        Attr(xml, "stroke", MapColours.Border);
        Attr(xml, "stroke-width", "0.5");
        foreach (var shape in shapes)
        {
            xml.WriteStartElement("path", Ns);
            if (named)
            {
                Attr(xml, "id", "country-" + shape.Code);
                Attr(xml, "data-code", shape.Code);
                Attr(xml, "aria-label", shape.Label);
            }
            else
            {
                Attr(xml, "data-inset-code", shape.Code);
            }
            Attr(xml, "fill", shape.Fill);
            Attr(xml, "fill-rule", "evenodd");
            Attr(xml, "d", PathData(shape));
            if (named) xml.WriteElementString("title", Ns, shape.Label);
            xml.WriteEndElement();
        }
    }

    private static void Rect(XmlWriter xml, SceneBox box)
    {
        xml.WriteStartElement("rect", Ns);
        Attr(xml, "x", F(box.X)); Attr(xml, "y", F(box.Y)); Attr(xml, "width", F(box.Width)); Attr(xml, "height", F(box.Height));
        Attr(xml, "fill", box.Fill);
        if (box.Stroke is { } stroke) Attr(xml, "stroke", stroke);
        xml.WriteEndElement();
    }

    private static string PathData(SceneShape shape)
    {
        var d = new StringBuilder();
        foreach (var ring in shape.Rings)
        {
            for (var i = 0; i < ring.Count; i++) d.Append(i == 0 ? 'M' : 'L').Append(F(ring[i].X)).Append(',').Append(F(ring[i].Y));
            d.Append('Z');
        }
        return d.ToString();
    }

    private static void Attr(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, value);

    private static string F(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
