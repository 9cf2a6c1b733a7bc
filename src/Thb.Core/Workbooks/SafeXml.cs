using System.Xml;

namespace Thb.Workbooks;

/// <summary>XmlReader settings for untrusted parts: no DTD, no resolver, bounded size.</summary>
internal static class SafeXml
{
    public static XmlReader Open(Stream stream, long maxCharacters) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = true,
    });
}

