using System.Xml;

namespace Thb.Workbooks;

/// <summary>Loads a whole (small) XML part as a document, with the same protections.</summary>
internal static class SafeXmlDocument
{
    public static System.Xml.Linq.XDocument Load(Stream stream)
    {
        using var reader = SafeXml.Open(stream, 200_000_000);
        return System.Xml.Linq.XDocument.Load(reader);
    }
}
