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
    /// <summary>The view, map and picture every publication file shows (computed once, then the files may be written at once).</summary>
    public static PublicationFiles Prepare(PublicationInput input)
    {
        var view = PriorityAnalysis.Compute(input);
        var map = ActionMap.From(input, view);
        return new PublicationFiles(view, map, MapPicture.Of(map));
    }

    /// <summary>
    /// Adds the Charts sheet to the workbook package in <paramref name="xlsx"/> (readable, writable, seekable: edited in
    /// place) and writes the Council document into <paramref name="docx"/>; both streams are left open.
    /// </summary>
    public static PublicationFiles Build(PublicationInput input, Stream xlsx, Stream docx, Func<PriorityView, IReadOnlyList<AddedSheet>>? sheets = null)
    {
        var prepared = Prepare(input);
        AddCharts(input, prepared, xlsx, sheets);
        CouncilDocument.Write(input, prepared.View, prepared.Picture, docx);
        return prepared;
    }

    public static void AddCharts(PublicationInput input, PublicationFiles prepared, Stream xlsx, Func<PriorityView, IReadOnlyList<AddedSheet>>? sheets = null) =>
        WorkbookPublication.AddTo(xlsx, input, prepared.View, prepared.Picture, sheets?.Invoke(prepared.View));
}
