using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Thb.Publication;
using Thb.Publication.Document;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Tests.Publication;

public class CouncilDocumentTests
{
    internal static byte[] Write(PublicationInput input, bool withMap = true)
    {
        var view = PriorityAnalysis.Compute(input);
        return CouncilDocument.Write(input, view, withMap ? MapPicture.Of(ActionMap.From(input, view), scale: 1) : null);
    }

    [Fact]
    public void The_sample_document_is_valid_WordprocessingML()
    {
        var docx = Write(PublicationSamples.Input);
        if (Environment.GetEnvironmentVariable("THB_PUBLICATION_OUT") is { Length: > 0 } folder) File.WriteAllBytes(Path.Combine(folder, "annex.docx"), docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}
