using System.Globalization;
using System.Xml;

namespace Thb.Publication.Charts;

/// <summary>
/// A DrawingML chart part (c:chartSpace with one c:barChart) as Excel writes one: prefixes c:, a:, r:; the series'
/// categories and values reference the sheet's cells, with cached values so that a reader draws it without
/// recalculating. Element order follows the schema (CT_ChartSpace, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx).
/// </summary>
public static class ChartXml
{
    public const string ChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public const string DrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string CategoryAxisId = "50010001", ValueAxisId = "50010002";

    public static void Write(Stream stream, BarChartSpec chart, string sheetName)
    {
        using var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("c", "chartSpace", ChartNs);
        x.WriteAttributeString("xmlns", "a", null, DrawingNs);
        x.WriteAttributeString("xmlns", "r", null, RelationshipNs);
        Val(x, "date1904", "0");
        Val(x, "lang", "en-GB");
        Val(x, "roundedCorners", "0");
        x.WriteStartElement("c", "chart", ChartNs);
        Title(x, chart.Title, 1400);
        Val(x, "autoTitleDeleted", "0");
        x.WriteStartElement("c", "plotArea", ChartNs);
        x.WriteElementString("c", "layout", ChartNs, "");
        BarChart(x, chart, sheetName);
        CategoryAxis(x, chart);
        ValueAxis(x, chart);
        x.WriteEndElement(); // plotArea
        Val(x, "plotVisOnly", "1");
        Val(x, "dispBlanksAs", "gap");
        x.WriteEndElement(); // chart
        x.WriteEndElement(); // chartSpace
    }

    private static void BarChart(XmlWriter x, BarChartSpec chart, string sheetName)
    {
        var s = chart.Series;
        x.WriteStartElement("c", "barChart", ChartNs);
        Val(x, "barDir", chart.Horizontal ? "bar" : "col");
        Val(x, "grouping", "clustered");
        Val(x, "varyColors", "0");
        x.WriteStartElement("c", "ser", ChartNs);
        Val(x, "idx", "0");
        Val(x, "order", "0");
        x.WriteStartElement("c", "tx", ChartNs);
        StringReference(x, Reference(sheetName, s.NameCell), [s.Name]);
        x.WriteEndElement();
        x.WriteStartElement("c", "spPr", ChartNs);
        x.WriteStartElement("a", "solidFill", DrawingNs);
        x.WriteStartElement("a", "srgbClr", DrawingNs);
        x.WriteAttributeString("val", chart.Colour);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        Val(x, "invertIfNegative", "0");
        x.WriteStartElement("c", "dLbls", ChartNs);
        NumberFormat(x, chart.ValueFormat);
        Val(x, "showLegendKey", "0");
        Val(x, "showVal", "1");
        Val(x, "showCatName", "0");
        Val(x, "showSerName", "0");
        Val(x, "showPercent", "0");
        Val(x, "showBubbleSize", "0");
        x.WriteEndElement(); // dLbls
        x.WriteStartElement("c", "cat", ChartNs);
        StringReference(x, Reference(sheetName, s.CategoryRange), s.Categories);
        x.WriteEndElement();
        x.WriteStartElement("c", "val", ChartNs);
        NumberReference(x, Reference(sheetName, s.ValueRange), s.Values, chart.ValueFormat);
        x.WriteEndElement();
        x.WriteEndElement(); // ser
        Val(x, "gapWidth", "50");
        Val(x, "axId", CategoryAxisId);
        Val(x, "axId", ValueAxisId);
        x.WriteEndElement(); // barChart
    }

    private static void CategoryAxis(XmlWriter x, BarChartSpec chart)
    {
        x.WriteStartElement("c", "catAx", ChartNs);
        Val(x, "axId", CategoryAxisId);
        x.WriteStartElement("c", "scaling", ChartNs);
        // Horizontal bars read top to bottom in the sheet's order.
        Val(x, "orientation", chart.Horizontal ? "maxMin" : "minMax");
        x.WriteEndElement();
        Val(x, "delete", "0");
        Val(x, "axPos", chart.Horizontal ? "l" : "b");
        Title(x, chart.CategoryAxisTitle, 1000);
        Val(x, "majorTickMark", "none");
        Val(x, "minorTickMark", "none");
        Val(x, "tickLblPos", "nextTo");
        Val(x, "crossAx", ValueAxisId);
        Val(x, "crosses", "autoZero");
        Val(x, "auto", "1");
        Val(x, "lblAlgn", "ctr");
        Val(x, "lblOffset", "100");
        // Every category named, none skipped for room (the chart's height grows with them instead).
        Val(x, "tickLblSkip", "1");
        Val(x, "noMultiLvlLbl", "0");
        x.WriteEndElement();
    }

    private static void ValueAxis(XmlWriter x, BarChartSpec chart)
    {
        x.WriteStartElement("c", "valAx", ChartNs);
        Val(x, "axId", ValueAxisId);
        x.WriteStartElement("c", "scaling", ChartNs);
        Val(x, "orientation", "minMax");
        x.WriteEndElement();
        Val(x, "delete", "0");
        Val(x, "axPos", chart.Horizontal ? "b" : "l");
        x.WriteElementString("c", "majorGridlines", ChartNs, "");
        Title(x, chart.ValueAxisTitle, 1000);
        NumberFormat(x, chart.ValueFormat);
        Val(x, "majorTickMark", "out");
        Val(x, "minorTickMark", "none");
        Val(x, "tickLblPos", "nextTo");
        Val(x, "crossAx", CategoryAxisId);
        // With categories top to bottom, the value axis sits at the bottom (the last category).
        Val(x, "crosses", chart.Horizontal ? "max" : "autoZero");
        Val(x, "crossBetween", "between");
        x.WriteEndElement();
    }

    private static void Title(XmlWriter x, string text, int size)
    {
        x.WriteStartElement("c", "title", ChartNs);
        x.WriteStartElement("c", "tx", ChartNs);
        x.WriteStartElement("c", "rich", ChartNs);
        x.WriteElementString("a", "bodyPr", DrawingNs, "");
        x.WriteElementString("a", "lstStyle", DrawingNs, "");
        x.WriteStartElement("a", "p", DrawingNs);
        x.WriteStartElement("a", "pPr", DrawingNs);
        x.WriteStartElement("a", "defRPr", DrawingNs);
        x.WriteAttributeString("sz", size.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("b", "1");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("a", "r", DrawingNs);
        x.WriteStartElement("a", "rPr", DrawingNs);
        x.WriteAttributeString("lang", "en-GB");
        x.WriteAttributeString("sz", size.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("b", "1");
        x.WriteEndElement();
        x.WriteElementString("a", "t", DrawingNs, text);
        x.WriteEndElement(); // r
        x.WriteEndElement(); // p
        x.WriteEndElement(); // rich
        x.WriteEndElement(); // tx
        Val(x, "overlay", "0");
        x.WriteEndElement(); // title
    }

    private static void StringReference(XmlWriter x, string formula, IReadOnlyList<string> cache)
    {
        x.WriteStartElement("c", "strRef", ChartNs);
        x.WriteElementString("c", "f", ChartNs, formula);
        x.WriteStartElement("c", "strCache", ChartNs);
        Val(x, "ptCount", cache.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cache.Count; i++) Point(x, i, cache[i]);
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void NumberReference(XmlWriter x, string formula, IReadOnlyList<decimal> cache, string format)
    {
        x.WriteStartElement("c", "numRef", ChartNs);
        x.WriteElementString("c", "f", ChartNs, formula);
        x.WriteStartElement("c", "numCache", ChartNs);
        x.WriteElementString("c", "formatCode", ChartNs, format);
        Val(x, "ptCount", cache.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cache.Count; i++) Point(x, i, cache[i].ToString(CultureInfo.InvariantCulture));
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Point(XmlWriter x, int index, string value)
    {
        x.WriteStartElement("c", "pt", ChartNs);
        x.WriteAttributeString("idx", index.ToString(CultureInfo.InvariantCulture));
        x.WriteElementString("c", "v", ChartNs, value);
        x.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter x, string format)
    {
        x.WriteStartElement("c", "numFmt", ChartNs);
        x.WriteAttributeString("formatCode", format);
        x.WriteAttributeString("sourceLinked", "0");
        x.WriteEndElement();
    }

    private static void Val(XmlWriter x, string name, string value)
    {
        x.WriteStartElement("c", name, ChartNs);
        x.WriteAttributeString("val", value);
        x.WriteEndElement();
    }

    /// <summary>'Sheet name'!$A$5:$A$16 from "A5:A16".</summary>
    public static string Reference(string sheetName, string range) =>
        $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!" + string.Join(':', range.Split(':').Select(Absolute));

    private static string Absolute(string cell)
    {
        var letters = new string(cell.TakeWhile(char.IsLetter).ToArray());
        return $"${letters}${cell[letters.Length..]}";
    }
}
