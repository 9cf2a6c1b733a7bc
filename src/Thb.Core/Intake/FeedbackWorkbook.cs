using System.IO.Compression;
using System.Text;
using Thb.Intake.Feedback;
using Thb.Localisation;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.Workbooks;
using Azure.Storage.Blobs.Specialized;

namespace Thb.Intake;

/// <summary>
/// The copy of a delegation's own workbook that comes back with its verdict: every sheet, picture, drop-down and style
/// it had, every cell with a finding highlighted (red error, amber warning, blue note) and commented, and a first sheet
/// "Findings" listing them all with links to the cells. Made at package level from the parts the guard inflated: every
/// part is copied untouched except the marked sheets (streamed), styles.xml (fills and formats appended), the
/// comments and their VML drawings, workbook.xml, the content types and the relationships. A file that could not be
/// read as a package gets a workbook with the Findings sheet alone.
/// </summary>
public static class FeedbackWorkbook
{
    public const string FindingsSheetName = "Findings";

    /// <param name="language">The delegation's: the Findings sheet, the verdict and every finding's message are written in it.</param>
    public static byte[] Create(WorkbookPackage? package, ReturnCheck check, DateTimeOffset processedAt, Language language = default)
    {
        var output = new MemoryStream();
        Write(package, check, check.Rows.Count, processedAt, language, output, null, () => output.SetLength(0));
        return output.ToArray();
    }

    /// <summary>
    /// Writes the feedback copy into a block blob while it is made, a few MiB at a time, so it is never held whole:
    /// what the intake does. The blob appears, whole, once the copy is complete.
    /// </summary>
    /// <param name="rowCount">The rows the check read (the intake lets <paramref name="check"/>'s rows go as they are stored).</param>
    public static async Task UploadAsync(WorkbookPackage? package, ReturnCheck check, int rowCount, DateTimeOffset processedAt, Language language,
        BlockBlobClient blob, CancellationToken cancellationToken)
    {
        var output = new StagedBlockStream(blob, cancellationToken);
        Write(package, check, rowCount, processedAt, language, output, output.EntryStarting, output.Restart);
        await output.CommitAsync();
    }

    /// <param name="rowCount">The rows the check read, when <paramref name="check"/> no longer holds them (the intake lets them go as they are stored).</param>
    public static byte[] FindingsOnly(ReturnCheck check, DateTimeOffset processedAt, string? note, Language language = default, int? rowCount = null)
    {
        var output = new MemoryStream();
        Edit(Blank(check, processedAt, language), check, rowCount ?? check.Rows.Count, processedAt, note, language, output, null);
        return output.ToArray();
    }

    private static WorkbookPackage Blank(ReturnCheck check, DateTimeOffset processedAt, Language language) =>
        BlankPackage(FeedbackTexts.In(language).Format("Title", check.File), FeedbackTexts.SheetName(language), processedAt);

    /// <summary>The copy of <paramref name="package"/> marked up, or, when there is none or it cannot be marked up, the findings alone.</summary>
    /// <param name="entryStarting">Told before each part is started (everything written so far is final).</param>
    /// <param name="restart">Empties <paramref name="output"/> for the findings alone after a copy failed part-way.</param>
    private static void Write(WorkbookPackage? package, ReturnCheck check, int rowCount, DateTimeOffset processedAt, Language language, Stream output,
        Action? entryStarting, Action restart)
    {
        if (package is not null)
        {
            try
            {
                Edit(package, check, rowCount, processedAt, note: null, language, output, entryStarting);
                return;
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException)
            {
                // The verdict must not depend on whether the copy can be marked up: fall back to the findings alone.
                restart();
                Edit(Blank(check, processedAt, language), check, rowCount, processedAt, FeedbackTexts.In(language)["NotMarked"], language, output, entryStarting);
                return;
            }
        }
        Edit(Blank(check, processedAt, language), check, rowCount, processedAt, note: null, language, output, entryStarting);
    }

    /// <summary>Writes the marked-up copy of <paramref name="package"/> into <paramref name="output"/> (seekable, empty).</summary>
    private static void Edit(WorkbookPackage package, ReturnCheck check, int rowCount, DateTimeOffset processedAt, string? note, Language language,
        Stream output, Action? entryStarting)
    {
        var workbook = WorkbookPart.Read(package);
        var marks = FeedbackMarks.From(check.Findings, language);
        var stylesPath = workbook.StylesPath is { } path && package.Contains(path) ? path : null;
        var styles = FeedbackStyles.Read(stylesPath is null ? null : package.Open(stylesPath));
        ContentTypes types;
        using (var stream = package.Open(ContentTypes.PartName)) types = ContentTypes.Read(stream);

        var sheetByPart = workbook.Sheets.Where(s => s.PartPath is not null).ToDictionary(s => s.PartPath!, StringComparer.OrdinalIgnoreCase);
        var marked = workbook.Sheets.Where(s => s.PartPath is not null && marks.ContainsKey(s.Name)).ToDictionary(s => s.PartPath!, StringComparer.OrdinalIgnoreCase);
        var active = workbook.Sheets.FirstOrDefault(s => s.Position == workbook.ActiveTab)?.PartPath;
        var comments = marked.Values.Select((s, i) => SheetComments.Plan(package, s, marks[s.Name], i + 1)).ToDictionary(c => c.SheetPart, StringComparer.OrdinalIgnoreCase);
        var claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var replaced = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { workbook.Path, workbook.RelsPath, ContentTypes.PartName };
        if (stylesPath is not null) replaced.Add(stylesPath);
        foreach (var plan in comments.Values) replaced.UnionWith(plan.ReplacedParts);

        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Stream Part(string name)
            {
                entryStarting?.Invoke();
                return zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            }
            foreach (var name in package.Names.Where(n => !replaced.Contains(n)))
            {
                using var target = Part(name);
                if (marked.TryGetValue(name, out var sheet))
                {
                    var plan = comments[name];
                    new SheetMarker(marks[sheet.Name], (own, mark) => styles.Marked(own, mark.Severity), plan.NewLegacyDrawingId).Copy(package.Open(name), target);
                }
                else if (string.Equals(name, active, StringComparison.OrdinalIgnoreCase) && sheetByPart.ContainsKey(name))
                    new SheetMarker([], (own, _) => own, null).Copy(package.Open(name), target);
                else package.CopyTo(name, target);
            }
            foreach (var plan in comments.Values)
                plan.Write(package, Part, types, claimed);

            var (findingsPath, findingsId, newStylesPath) = AddFindingsParts(package, workbook, stylesPath, types);
            var sheetNames = workbook.Sheets.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            using (var target = Part(findingsPath))
                FindingsSheet.Write(target, check, rowCount, processedAt, note, styles, sheetNames.Contains, language);
            using (var target = Part(newStylesPath))
                styles.Write(stylesPath is null ? null : package.Open(stylesPath), target);
            using (var target = Part(workbook.Path))
                workbook.WriteWithFirstSheet(package, target, workbook.FreeName(FeedbackTexts.SheetName(language)), findingsId);
            using (var target = Part(workbook.RelsPath))
                PackageRelationships.Write(target, workbook.Path, workbook.Relationships);
            using (var target = Part(ContentTypes.PartName))
                types.Write(target);
        }
    }

    /// <summary>
    /// Names the Findings sheet's part (and a styles part when the upload has none), relates them to the workbook and
    /// gives them their content types; returns the sheet's part, its relationship id and the styles part.
    /// </summary>
    private static (string FindingsPath, string FindingsId, string StylesPath) AddFindingsParts(WorkbookPackage package, WorkbookPart workbook, string? stylesPath,
        ContentTypes types)
    {
        // Named like every sheet part (exceljs finds worksheets by the name sheetN.xml).
        var findingsPath = FreePartName(package, "xl/worksheets/sheet.xml");
        var relationships = workbook.Relationships;
        var findingsId = PackageRelationships.NextId(relationships);
        relationships.Add(new PackageRelationship(findingsId, OoxmlNames.RelWorksheet, findingsPath));
        var newStylesPath = stylesPath ?? (package.Contains("xl/styles.xml") ? FreePartName(package, "xl/styles.xml") : "xl/styles.xml");
        if (stylesPath is null)
            relationships.Add(new PackageRelationship(PackageRelationships.NextId(relationships), OoxmlNames.RelStyles, newStylesPath));
        types.Override(findingsPath, OoxmlNames.TypeWorksheet);
        types.Override(newStylesPath, OoxmlNames.TypeStyles);
        return (findingsPath, findingsId, newStylesPath);
    }

    private static string FreePartName(WorkbookPackage package, string wanted)
    {
        var stem = wanted[..^".xml".Length];
        for (var i = 1; ; i++)
            if (!package.Contains($"{stem}{i}.xml")) return $"{stem}{i}.xml";
    }

    /// <summary>A package with a workbook and no sheet yet: the Findings sheet is added to it like to any upload.</summary>
    private static WorkbookPackage BlankPackage(string title, string sheetName, DateTimeOffset processedAt)
    {
        using var memory = new MemoryStream();
        using (var writer = new ExcelPackageWriter(memory, CompressionLevel.Fastest))
        {
            writer.Relate("", OoxmlNames.RelOfficeDocument, "xl/workbook.xml");
            writer.WritePart("xl/workbook.xml", OoxmlNames.TypeWorkbook, Encoding.UTF8.GetBytes(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"{OoxmlNames.SpreadsheetMain}\" xmlns:r=\"{OoxmlNames.Relationships}\"><bookViews><workbookView/></bookViews><sheets/></workbook>"));
            writer.Finish(new DocumentProperties(title, processedAt), [sheetName]);
        }
        memory.Position = 0;
        return PackageInspector.Inspect(memory, WorkbookLimits.Default).Package
               ?? throw new InvalidOperationException("The blank feedback package did not pass the package guard.");
    }
}
