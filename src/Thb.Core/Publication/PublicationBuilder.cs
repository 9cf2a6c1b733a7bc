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
    public static PublicationFiles Build(PublicationInput input, byte[] xlsx, Func<PriorityView, IReadOnlyList<AddedSheet>>? sheets = null)
    {
        var view = PriorityAnalysis.Compute(input);
        var map = ActionMap.From(input, view);
        var picture = MapPicture.Of(map);
        return new PublicationFiles(WorkbookPublication.AddTo(xlsx, input, view, picture, sheets?.Invoke(view)), CouncilDocument.Write(input, view, picture), view, map);
    }
}
