using System.Text;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>
/// Where one marked sheet's comments go: into its own comments part and VML drawing when it has them, else into new
/// ones, with the sheet's relationships extended to reach them.
/// </summary>
internal sealed class SheetComments
{
    private readonly string _relsPath;
    private readonly List<PackageRelationship> _relationships;
    private readonly string? _existingComments;
    private readonly string? _existingVml;
    private readonly IReadOnlyList<(CellReference Cell, CellMark Mark)> _marks;
    private readonly int _block;

    private SheetComments(string sheetPart, string relsPath, List<PackageRelationship> relationships, string? comments, string? vml,
        IReadOnlyList<(CellReference, CellMark)> marks, int block)
    {
        SheetPart = sheetPart;
        _relsPath = relsPath;
        _relationships = relationships;
        _existingComments = comments;
        _existingVml = vml;
        _marks = marks;
        _block = block;
        NewLegacyDrawingId = vml is null ? PackageRelationships.NextId(relationships) : null;
    }

    public string SheetPart { get; }

    /// <summary>The id the sheet's new legacyDrawing element refers to; null when the sheet has its own VML drawing.</summary>
    public string? NewLegacyDrawingId { get; }

    public IEnumerable<string> ReplacedParts => new[] { _relsPath, _existingComments, _existingVml }.OfType<string>();

    /// <param name="block">A number of this sheet's own among the marked sheets: VML shape ids are 1024 × block + n.</param>
    public static SheetComments Plan(WorkbookPackage package, WorkbookSheet sheet, IReadOnlyDictionary<int, SortedDictionary<int, CellMark>> marks, int block)
    {
        var part = sheet.PartPath!;
        var rels = PackageRelationships.RelsPathFor(part);
        var relationships = package.Contains(rels) ? PackageRelationships.Read(package.Open(rels), part) : [];
        string? Existing(string type) =>
            relationships.FirstOrDefault(r => !r.External && r.Type.EndsWith(type, StringComparison.Ordinal) && package.Contains(r.TargetPart))?.TargetPart;
        var list = marks.SelectMany(row => row.Value.Select(cell => (new CellReference(row.Key, cell.Key), cell.Value))).ToList();
        return new SheetComments(part, rels, relationships, Existing("/comments"), Existing("/vmlDrawing"), list, 100 + block);
    }

    /// <param name="claimed">Part names already given out in this copy.</param>
    public void Write(WorkbookPackage package, Func<string, Stream> create, ContentTypes types, HashSet<string> claimed)
    {
        // The VML relationship first: its id was promised to the sheet's legacyDrawing element.
        var vml = _existingVml ?? Free(package, claimed, "xl/drawings/vmlDrawing", ".vml");
        var text = _existingVml is null
            ? CommentParts.NewVml(_marks, _block)
            : CommentParts.MergedVml(Encoding.UTF8.GetString(package.Bytes(_existingVml).Span), _marks, _block);
        using (var stream = create(vml)) stream.Write(Encoding.UTF8.GetBytes(text));
        if (_existingVml is null)
        {
            _relationships.Add(new PackageRelationship(NewLegacyDrawingId!, OoxmlNames.RelVmlDrawing, vml));
            if (!types.HasDefault("vml")) types.Default("vml", OoxmlNames.TypeVml);
        }

        var comments = _existingComments ?? Free(package, claimed, "xl/comments", ".xml");
        using (var stream = create(comments))
            CommentParts.WriteComments(_existingComments is null ? null : package.Open(_existingComments), stream, _marks);
        if (_existingComments is null)
        {
            _relationships.Add(new PackageRelationship(PackageRelationships.NextId(_relationships), OoxmlNames.RelComments, comments));
            types.Override(comments, OoxmlNames.TypeComments);
        }

        using (var stream = create(_relsPath)) PackageRelationships.Write(stream, SheetPart, _relationships);
    }

    private static string Free(WorkbookPackage package, HashSet<string> claimed, string stem, string extension)
    {
        for (var i = 1; ; i++)
        {
            var name = $"{stem}{i}{extension}";
            if (!package.Contains(name) && claimed.Add(name)) return name;
        }
    }
}
