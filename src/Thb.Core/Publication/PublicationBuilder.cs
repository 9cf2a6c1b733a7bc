using Thb.Publication.Charts;
using Thb.Publication.Document;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Publication;

/// <summary>
/// The publication pieces of one annex version: the priority view, the world map (rendered once), the workbook
/// with its Charts sheet added (after the sheets the caller makes from the view, e.g. the annex's
/// priority sheet), and the Council document.
/// </summary>
public static class PublicationBuilder
{
    /// <summary>
    /// Adds the Charts sheet to the workbook package in <paramref name="xlsx"/> (readable, writable, seekable: edited in
    /// place) and writes the Council document into <paramref name="docx"/>; both streams are left open.
    /// </summary>
    public static PublicationFiles Build(PublicationInput input, Stream xlsx, Stream docx, Func<PriorityView, IReadOnlyList<AddedSheet>>? sheets = null)
    {
        var view = PriorityAnalysis.Compute(input);
        var map = ActionMap.From(input, view);
        var picture = MapPicture.Of(map);
        WorkbookPublication.AddTo(xlsx, input, view, picture, sheets?.Invoke(view));
        CouncilDocument.Write(input, view, picture, docx);
        return new PublicationFiles(view, map);
    }
}
