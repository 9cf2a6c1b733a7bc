using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Thb.Cycles;
using Thb.Publication.Map;
using Thb.Publication.Priorities;
using Thb.Workbooks;

namespace Thb.Publication.Document;

/// <summary>
/// The annex as a Council document (annex-&lt;cycle&gt;.docx), written with the Open XML SDK as Word writes a package:
/// cover block, contents (a TOC field Word and LibreOffice update), the ANNEX heading, one section per contributor in
/// protocol order with its narrative, its additional tables and the six-column table exactly as written (header row
/// repeated, rows breaking across pages), each sub-section of a sectioned contributor under its own heading,
/// the priority countries and regions, the world map, the Kosovo* footnote wherever Kosovo appears, A4 landscape,
/// the document reference and page numbers in the footer.
/// </summary>
public static class CouncilDocument
{
    public const string Subject = "Action-Oriented Paper on strengthening the EU external dimension on action against trafficking in human beings – update of information on external action";
    public const string NoReturnAccepted = "No return has been accepted from this contributor for this cycle.";
    public const string NoActionsInReturn = "The accepted return lists no actions.";
    public const string NoActionsUnderHeading = "No actions are reported under this heading.";
    public const string NoReturnsAtAll = "No contributor's return has been accepted for this cycle yet: this annex has no actions to show.";
    public const string ContentsTitle = "TABLE OF CONTENTS";

    /// <summary>The six annex columns' widths in twips (the description widest), filling the landscape text width.</summary>
    public static IReadOnlyList<int> ColumnWidths { get; } = [2000, 2000, 5570, 2100, 1500, 1400];


    public static byte[] Write(PublicationInput input, PriorityView view, MapPicture? map)
    {
        using var memory = new MemoryStream();
        Write(input, view, map, memory);
        return memory.ToArray();
    }

    /// <summary>
    /// Writes the document's package into <paramref name="output"/> (left open), part after part as
    /// <see cref="DocumentPackage"/> lays it out: the body of a large annex is never held whole.
    /// </summary>
    public static void Write(PublicationInput input, PriorityView view, MapPicture? map, Stream output) =>
        Write(input, map is not null, () => (view, map), output);

    /// <summary>
    /// Writes the document while its priority view and map may still be in the making: everything before the priority
    /// section needs the input alone, and <paramref name="priorities"/> is asked for (and may wait) only there. With
    /// <paramref name="withMap"/> the contents lists the map and a picture must come; the picture's part follows the body.
    /// </summary>
    public static void Write(PublicationInput input, bool withMap, Func<(PriorityView View, MapPicture? Map)> priorities, Stream output)
    {
        using var package = new ExcelPackageWriter(output, System.IO.Compression.CompressionLevel.Fastest);
        package.Relate("", Thb.Workbooks.OoxmlNames.RelOfficeDocument, DocumentPackage.Main);
        DocumentPackage.WritePart(package, DocumentPackage.Styles, DocumentStyles.Create());
        DocumentPackage.WritePart(package, DocumentPackage.Settings, DocumentParts.Settings());
        DocumentPackage.WritePart(package, DocumentPackage.FontTable, DocumentParts.FontTable());
        var footerId = DocumentPackage.WritePart(package, DocumentPackage.Footer, DocumentParts.Footer(input.Reference));
        string? imageId = null;
        if (withMap)
        {
            package.ContentTypes.Default("png", DocumentPackage.Image.Type);
            imageId = package.Relate(DocumentPackage.Main, DocumentPackage.Image.Relationship, DocumentPackage.Image.Path);
        }

        var footnotes = new Footnotes();
        var headings = Headings(input, withMap);
        MapPicture? map = null;
        using (var stream = package.CreatePart(DocumentPackage.Main, DocumentPackage.TypeMain))
        using (var writer = new Utf8Markup(stream))
        using (var elements = new ElementMarkup(Namespaces))
        {
            writer.Raw(Declaration);
            writer.Start("w:document");
            foreach (var (prefix, ns) in Namespaces) writer.Attribute("xmlns:" + prefix, ns);
            writer.Start("w:body");
            var body = new DocumentBody(writer, elements, footnotes);
            Cover(body, input);
            body.Write(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocumentStyles.Title }, new PageBreakBefore()), new Run(new Text(ContentsTitle))));
            body.Contents(headings);
            Annex(body, input, headings);
            (var view, map) = priorities();
            if (withMap != map is not null) throw new InvalidOperationException(withMap ? "The Council document was promised a map and given none." : "The Council document was given a map it was not told of.");
            Priorities(body, view, headings, map, imageId);
            body.EndParagraph();
            elements.Write(DocumentParts.Section(footerId), writer);
            writer.End();
            writer.End();
        }
        if (map is not null) package.WritePart(DocumentPackage.Image.Path, null, map.Png);
        DocumentPackage.WritePart(package, DocumentPackage.Footnotes, footnotes.Part());
        DocumentPackage.WriteProperties(package, $"Annex: {input.CycleTitle}", Subject, input.Reference, input.CompiledAt);
        package.Finish(properties: null, []);
    }

    /// <summary>The part's first bytes, as they have always been: a byte order mark and the declaration XmlWriter.WriteStartDocument() wrote.</summary>
    private static readonly byte[] Declaration = [.. Encoding.UTF8.GetPreamble(), .. "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8];

    private static readonly KeyValuePair<string, string>[] Namespaces =
    [
        new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        new("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        new("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        new("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
    ];

    public const string AnnexHeading = "ANNEX";
    public const string PrioritiesHeading = "Priority third countries and regions";
    public const string MapHeading = "World map of actions";

    /// <summary>The headings the contents lists, in order: ANNEX, each contributor (and each of its sub-sections), the priority section, the map.</summary>
    public static IReadOnlyList<DocumentHeading> Headings(PublicationInput input, bool withMap)
    {
        var list = new List<(string Text, int Level)> { (AnnexHeading, 1) };
        foreach (var section in input.Sections)
        {
            list.Add((section.Contributor.Name, 2));
            list.AddRange(section.Subsections.Select(sub => (SubsectionHeading(sub), 3)));
        }
        list.Add((PrioritiesHeading, 1));
        if (withMap) list.Add((MapHeading, 2));
        return list.Select((h, i) => new DocumentHeading(h.Text, h.Level, $"_Toc{(i + 1).ToString("D6", CultureInfo.InvariantCulture)}", i + 1)).ToList();
    }

    private static void Cover(DocumentBody body, PublicationInput input)
    {
        body.Text($"Consolidated annex: {input.CycleTitle}", DocumentStyles.Title);
        var withReturn = input.WithReturn.ToList();
        var awaited = input.Sections.Where(s => s.Submission is null).Select(s => s.Contributor.Name).ToList();
        var brussels = BrusselsTime.ToBrussels(input.CompiledAt);
        IReadOnlyList<string> Fact(string label, string value) => [label, value];
        body.Table([3000, DocumentParts.TextWidth - 3000], [],
        [
            Fact("Subject:", Subject),
            Fact("Reporting cycle:", $"{input.CycleId}: {input.CycleTitle}"),
            Fact("Compiled:", $"{brussels.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} Brussels time ({input.CompiledAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)"),
            Fact("Document:", input.Reference),
            Fact("Compiled from:", $"the accepted returns of {withReturn.Count} of {input.Sections.Count} contributors; {input.RowCount} actions"),
            Fact("Awaited:", awaited.Count == 0 ? "none" : string.Join(", ", awaited)),
        ], borders: false);
        if (withReturn.Count == 0) return;
        body.Text("Submissions compiled", DocumentStyles.TableHeader);
        body.Table([4000, 2000, 5570, 3000], ["Contributor", "Actions", "Return (file)", "Uploaded (UTC)"], withReturn.Select(s => (IReadOnlyList<string>)
            [s.Contributor.Name, s.Rows.Count.ToString(CultureInfo.InvariantCulture), s.Submission!.FileName, s.Submission.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)]));
    }

    private static void Annex(DocumentBody body, PublicationInput input, IReadOnlyList<DocumentHeading> headings)
    {
        body.Heading(headings[0]);
        body.Text("External actions and activities reported for this cycle", DocumentStyles.Title);
        if (!input.WithReturn.Any()) body.Text(NoReturnsAtAll, DocumentStyles.Note);
        var next = 1;
        for (var i = 0; i < input.Sections.Count; i++)
        {
            var section = input.Sections[i];
            body.Heading(headings[next++], pageBreakBefore: i > 0);
            if (section.Submission is null)
            {
                body.Text(NoReturnAccepted, DocumentStyles.Note);
                continue;
            }
            Parts(body, section.Narrative, section.Tables);
            if (section.Subsections.Count == 0)
            {
                if (section.Rows.Count > 0) body.Table(ColumnWidths, AnnexCells.Headers, section.Rows.Select(r => r.Cells.All));
                else if (section.Narrative.Count == 0 && section.Tables.Count == 0) body.Text(NoActionsInReturn, DocumentStyles.Note);
                continue;
            }
            // Each sub-section under its heading, in the registry's order: its own narrative and tables, then its actions.
            foreach (var sub in section.Subsections)
            {
                body.Heading(headings[next++], pageBreakBefore: false);
                Parts(body, sub.Narrative, sub.Tables);
                if (sub.Rows.Count > 0) body.Table(ColumnWidths, AnnexCells.Headers, sub.Rows.Select(r => r.Cells.All));
                else if (sub.Narrative.Count == 0 && sub.Tables.Count == 0) body.Text(NoActionsUnderHeading, DocumentStyles.Note);
            }
        }
    }

    /// <summary>A sub-section's heading; one the registry does not list says so.</summary>
    public static string SubsectionHeading(PublicationSubsection sub) => sub.Title + (sub.Known ? "" : " (a heading of the return, not a section of the registry)");

    private static void Parts(DocumentBody body, IReadOnlyList<Thb.Intake.Returns.Narrative> narratives, IReadOnlyList<Thb.Intake.Returns.AdditionalTable> tables)
    {
        foreach (var narrative in narratives) body.Narrative(narrative);
        foreach (var table in tables) body.AdditionalTable(table);
    }

    private static void Priorities(DocumentBody body, PriorityView view, IReadOnlyList<DocumentHeading> headings, MapPicture? map, string? imageId)
    {
        var index = headings.Count - (map is null ? 1 : 2);
        body.Heading(headings[index]);
        body.Text("Third countries, regions and organisations at international level ranked by the number of actions reported, then by the number of " +
                  "contributors. A row naming several places counts for each of them. A region counts the rows naming it and, rolled up, the rows naming one " +
                  "of its countries (UN M49 regions; EU policy groupings). Funding: amounts and ranges in EUR as stated, kept apart; other currencies are " +
                  $"listed, never converted. Actions inside the EU ({view.ActionsInsideEu.ToString(CultureInfo.InvariantCulture)}) are not ranked.", DocumentStyles.Note);
        if (view.Actions == 0)
        {
            body.Text("No actions have been reported yet.", DocumentStyles.Note);
        }
        else
        {
            body.Text("Third countries", DocumentStyles.TableHeader);
            PriorityTables.Countries(body, view);
            body.Text("Regions", DocumentStyles.TableHeader);
            PriorityTables.Regions(body, view);
            if (view.Organisations.Count > 0)
            {
                body.Text("Organisations at international level", DocumentStyles.TableHeader);
                PriorityTables.Organisations(body, view);
            }
        }
        if (map is null || imageId is null) return;
        body.Heading(headings[^1]);
        body.Write(DocumentParts.Picture(imageId, map.Width, map.Height, MapHeading, map.Description));
        body.Text("Actions by third country, coloured by their number; regions and organisations, which have no territory, are listed beside the map. Kosovo is shown as the Council designates it.", DocumentStyles.Caption);
    }
}
