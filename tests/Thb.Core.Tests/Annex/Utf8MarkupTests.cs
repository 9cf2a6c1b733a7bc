using System.Text;
using System.Xml;
using Thb.Workbooks;

namespace Thb.Core.Tests.Annex;

/// <summary>The annex sheets' UTF-8 writer writes the bytes the XmlWriter it replaced wrote for the same calls.</summary>
public class Utf8MarkupTests
{
    private static readonly string[] Texts =
    [
        "plain", "", "<tag> & \"quoted\" 'apos' ]]>", "line1\nline2\r\nline3\ttab", "emoji \uD83D\uDE00 é ü Ω 中文 عربي", "\u007F\u0085\u00A0",
        new string('x', 70_000) + "é" + new string('y', 30_000),
    ];

    [Fact]
    public void Elements_attributes_text_and_numbers_come_out_as_the_XmlWriter_wrote_them()
    {
        var expected = new MemoryStream();
        using (var w = SpreadsheetXml.CreateWriter(expected))
        {
            w.WriteStartDocument(true);
            w.WriteStartElement("root", OoxmlNames.SpreadsheetMain);
            w.WriteAttributeString("xmlns", "r", null, OoxmlNames.Relationships);
            foreach (var text in Texts)
            {
                w.WriteStartElement("c", OoxmlNames.SpreadsheetMain);
                w.WriteAttributeString("a", text);
                w.WriteAttributeString("ht", 12.755.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteElementString("v", OoxmlNames.SpreadsheetMain, (-1234.5600m).ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteStartElement("t", OoxmlNames.SpreadsheetMain);
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(text);
                w.WriteEndElement();
                w.WriteStartElement("empty", OoxmlNames.SpreadsheetMain);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        var actual = new MemoryStream();
        using (var m = new Utf8Markup(actual))
        {
            m.Declaration();
            m.Start("root");
            m.Attribute("xmlns:r", OoxmlNames.Relationships);
            m.Attribute("xmlns", OoxmlNames.SpreadsheetMain);
            foreach (var text in Texts)
            {
                m.Start("c");
                m.Attribute("a", text);
                m.Attribute("ht", 12.755, "0.##");
                m.Start("v");
                m.Text(-1234.5600m);
                m.End();
                m.Start("t");
                m.Attribute("xml:space", "preserve");
                m.Text(text);
                m.End();
                m.Start("empty");
                m.End();
                m.End();
            }
            m.End();
        }
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(actual.ToArray()));
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0xD800)] // a lone surrogate (as an attribute's string it would not survive the compiler)
    [InlineData(0xDC00)]
    [InlineData(0xFFFE)]
    public void A_character_XML_cannot_hold_throws_as_it_did(int character)
    {
        var text = "before " + (char)character + " after";
        Assert.ThrowsAny<ArgumentException>(() =>
        {
            using var w = SpreadsheetXml.CreateWriter(new MemoryStream());
            w.WriteStartElement("t");
            w.WriteString(text);
            w.Flush();
        });
        using var m = new Utf8Markup(new MemoryStream());
        m.Start("t");
        Assert.Throws<ArgumentException>(() => m.Text(text));
    }
}
