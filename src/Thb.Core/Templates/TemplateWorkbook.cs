using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Thb.Cycles;
using Thb.Normalising.Forms;
using Thb.Intake.Returns;
using Thb.Localisation;
using Thb.Workbooks;

namespace Thb.Templates;

/// <summary>
/// Writes a contributor's template: an Instructions sheet, the Return sheet the reader reads (labels, headers and
/// metadata all taken from <see cref="ReturnLayout"/>), a hidden Lists sheet feeding the drop-downs and the hidden
/// metadata sheet. Widths and heights are set explicitly: nothing here measures text (no GDI+ on Linux). Every word is
/// in the contributor's language (<see cref="TemplateTexts"/>, <see cref="ReturnTexts"/>); the six annex headers stay
/// bilingual, and the drop-down's forms keep the annex's English labels (they are copied into the annex as written).
/// </summary>
public static class TemplateWorkbook
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1F4E78");
    private static readonly XLColor HelperHeaderFill = XLColor.FromHtml("#BFBFBF");
    private static readonly XLColor HelperFill = XLColor.FromHtml("#F2F2F2");
    private static readonly XLColor LockedFill = XLColor.FromHtml("#E7E6E6");
    private static readonly XLColor GoodFill = XLColor.FromHtml("#E2EFDA");
    private static readonly XLColor PoorFill = XLColor.FromHtml("#FCE4D6");

    /// <summary>Excel's limit for one cell; a longer carried-over text is cut there, with a note saying where the whole text is.</summary>
    private const int CellLimit = 32_767;

    public static byte[] Build(TemplateRequest request)
    {
        using var workbook = new XLWorkbook();
        var language = request.Contributor.Language;
        var texts = TemplateTexts.In(language);
        var instructions = workbook.Worksheets.Add(TemplateLayout.InstructionsSheetIn(language));
        var sections = request.Contributor.Sections;
        // One sheet per section (see docs/architecture.md, "Sub-sections"), else the one Return sheet.
        var returnSheets = sections.Count == 0
            ? [(workbook.Worksheets.Add(TemplateLayout.ReturnSheetIn(language)), (SectionTitle?)null)]
            : TemplateLayout.SectionSheetNames(sections, language).Select((name, i) => (workbook.Worksheets.Add(name), (SectionTitle?)sections[i])).ToList();
        var narrative = workbook.Worksheets.Add(TemplateLayout.NarrativeSheetIn(language));
        var lists = workbook.Worksheets.Add(TemplateLayout.ListsSheet);
        var metadata = workbook.Worksheets.Add(ReturnLayout.MetadataSheetName);

        var (formList, yesNoList) = WriteLists(lists, language);
        var levelList = WriteLevels(lists, language);
        WriteInstructions(instructions, request);
        foreach (var (sheet, section) in returnSheets)
            WriteReturn(sheet, request with { Rows = RowsOf(request, section) }, section, formList, yesNoList);
        WriteNarrative(narrative, request, levelList);
        WriteMetadata(metadata, request);

        instructions.SetTabActive();
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        SortColumnDefinitions(output);
        // Saved as Excel saves: readers that follow Excel's way only (exceljs) open it too.
        var title = texts.Format("Document.Title", request.Contributor.Name, request.Cycle.Id);
        return PackageRestyler.Restyle(output.ToArray(), new DocumentProperties(title, request.MadeAt ?? DateTimeOffset.UtcNow));
    }

    /// <summary>
    /// ClosedXML 0.95 writes a sheet-wide style as a &lt;col&gt; range ahead of the columns it precedes; the schema wants
    /// them in ascending order, and some readers drop the widths otherwise. Put them in order.
    /// </summary>
    private static void SortColumnDefinitions(MemoryStream package)
    {
        package.Position = 0;
        using var document = SpreadsheetDocument.Open(package, true);
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            var columns = part.Worksheet.GetFirstChild<Columns>();
            if (columns is null) continue;
            var ordered = columns.Elements<Column>().OrderBy(c => c.Min?.Value ?? 0).ToList();
            if (ordered.SequenceEqual(columns.Elements<Column>())) continue;
            columns.RemoveAllChildren<Column>();
            foreach (var column in ordered) columns.Append(column);
            part.Worksheet.Save();
        }
    }

    /// <summary>The carried-over rows of a section's sheet: those reported under it; the first section also takes those under none or under one the cycle no longer has.</summary>
    private static IReadOnlyList<CarriedRow> RowsOf(TemplateRequest request, SectionTitle? section)
    {
        var sections = request.Contributor.Sections;
        if (section is not { } title) return request.Rows;
        bool Known(CarriedRow r) => r.Section is { } s && sections.Any(k => k.Matches(s.Text));
        return request.Rows.Where(r => r.Section is { } s && title.Matches(s.Text) || !Known(r) && title == sections[0]).ToList();
    }

    private static IXLRange WriteLevels(IXLWorksheet lists, Language language)
    {
        var levels = ReturnTexts.NarrativeLevels(language);
        for (var i = 0; i < levels.Count; i++) lists.Cell(i + 1, TemplateLayout.LevelListColumn).SetValue(levels[i]);
        return lists.Range(1, TemplateLayout.LevelListColumn, levels.Count, TemplateLayout.LevelListColumn);
    }

    /// <summary>The Narrative sheet: labels as on the sheet of actions, then its Level and Text headers on row 6 and one paragraph per row below, the level from a drop-down.</summary>
    private static void WriteNarrative(IXLWorksheet sheet, TemplateRequest request, IXLRange levelList)
    {
        var language = request.Contributor.Language;
        var texts = TemplateTexts.In(language);
        var (levelHeader, textHeader) = ReturnTexts.NarrativeHeaders(language);
        sheet.Style.Protection.Locked = false;
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Column(TemplateLayout.NarrativeLevelColumn).Width = 18;
        sheet.Column(TemplateLayout.NarrativeTextColumn).Width = 120;
        sheet.Column(TemplateLayout.NarrativeTextColumn).Style.Alignment.WrapText = true;
        var top = sheet.Range(1, 1, TemplateLayout.HeaderRow, TemplateLayout.NarrativeTextColumn);
        top.Style.Protection.Locked = true;
        top.Style.Alignment.WrapText = false;
        var title = sheet.Cell(TemplateLayout.TitleRow, 1);
        title.SetValue(texts.Format("Narrative.Title", request.Contributor.Name));
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Cell(TemplateLayout.SummaryRow, 1).SetValue(texts.Format("Narrative.Summary", textHeader, levelHeader, string.Join(", ", ReturnTexts.NarrativeLevels(language))));
        WriteLabel(sheet, TemplateLayout.DelegationRow, ReturnTexts.DelegationLabel(language), request.Contributor.Name);
        WriteLabel(sheet, TemplateLayout.CycleRow, ReturnTexts.CycleLabel(language), request.Cycle.Id);
        foreach (var (column, text) in new[] { (TemplateLayout.NarrativeLevelColumn, levelHeader), (TemplateLayout.NarrativeTextColumn, textHeader) })
        {
            var cell = sheet.Cell(TemplateLayout.HeaderRow, column);
            cell.SetValue(text);
            cell.Style.Font.Bold = true;
            cell.Style.Font.FontColor = XLColor.White;
            cell.Style.Fill.BackgroundColor = HeaderFill;
        }
        var levels = sheet.Range(TemplateLayout.FirstDataRow, TemplateLayout.NarrativeLevelColumn, TemplateLayout.FirstDataRow + TemplateLayout.ValidatedRows - 1, TemplateLayout.NarrativeLevelColumn)
            .SetDataValidation();
        levels.List(levelList, true);
        levels.ErrorStyle = XLErrorStyle.Stop;
        levels.ErrorTitle = levelHeader;
        levels.ErrorMessage = texts["Validation.Level.Error"];
        sheet.SheetView.FreezeRows(TemplateLayout.HeaderRow);
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        sheet.Protect().AllowElement(
            XLSheetProtectionElements.FormatEverything | XLSheetProtectionElements.InsertRows | XLSheetProtectionElements.DeleteRows | XLSheetProtectionElements.SelectEverything);
    }

    private static (IXLRange Forms, IXLRange YesNo) WriteLists(IXLWorksheet lists, Language language)
    {
        var labels = ActionCategories.All.Select(ActionCategories.Label).ToList();
        for (var i = 0; i < labels.Count; i++) lists.Cell(i + 1, TemplateLayout.FormListColumn).SetValue(labels[i]);
        lists.Cell(1, TemplateLayout.YesNoListColumn).SetValue(ReturnTexts.Yes(language));
        lists.Cell(2, TemplateLayout.YesNoListColumn).SetValue(ReturnTexts.No(language));
        lists.Column(TemplateLayout.FormListColumn).Width = 36;
        lists.Visibility = XLWorksheetVisibility.Hidden;
        return (lists.Range(1, TemplateLayout.FormListColumn, labels.Count, TemplateLayout.FormListColumn),
                lists.Range(1, TemplateLayout.YesNoListColumn, 2, TemplateLayout.YesNoListColumn));
    }

    private static void WriteMetadata(IXLWorksheet metadata, TemplateRequest request)
    {
        var entries = new List<(string, string)>
        {
            (ReturnLayout.MetadataCycleKey, request.Cycle.Id),
            (ReturnLayout.MetadataContributorKey, request.Contributor.Id),
            (ReturnLayout.MetadataDelegationKey, request.Contributor.Name),
            (ReturnLayout.MetadataTemplateVersionKey, TemplateLayout.Version),
        };
        if (request.FromCycleId is { } from) entries.Add((TemplateLayout.MetadataFromCycleKey, from));
        if (request.Contributor.Sections.Count > 0) entries.Add((ReturnLayout.MetadataSectionsKey, SectionTitle.FormatList(request.Contributor.Sections)));
        entries.Add((ReturnLayout.MetadataTemplateSheetsKey, string.Join('|', TemplateLayout.InstructionsSheetIn(request.Contributor.Language), TemplateLayout.ListsSheet)));
        for (var i = 0; i < entries.Count; i++)
        {
            metadata.Cell(i + 1, 1).SetValue(entries[i].Item1);
            metadata.Cell(i + 1, 2).SetValue(entries[i].Item2);
        }
        metadata.Column(1).Width = 18;
        metadata.Column(2).Width = 30;
        // Very hidden: not offered by Unhide, so it is not edited by accident; the reader finds it by name.
        metadata.Visibility = XLWorksheetVisibility.VeryHidden;
    }

    // ---- Return sheet -------------------------------------------------------------------------------------------

    /// <summary>A sheet of actions: the Return sheet, or one section's sheet (its title beside the label "Section" on row 5; <paramref name="request"/>'s rows are the section's).</summary>
    private static void WriteReturn(IXLWorksheet sheet, TemplateRequest request, SectionTitle? section, IXLRange formList, IXLRange yesNoList)
    {
        var language = request.Contributor.Language;
        var texts = TemplateTexts.In(language);
        var last = TemplateLayout.LastColumn;
        var firstData = TemplateLayout.FirstDataRow;
        var lastValidated = Math.Max(firstData + TemplateLayout.ValidatedRows - 1, firstData + request.Rows.Count + 200);

        // Every cell is unlocked, then the rows above the data are locked: Excel deletes a row of a protected sheet only
        // when none of its cells is locked, so the unlocking must reach the last column.
        sheet.Style.Protection.Locked = false;
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        FormatColumns(sheet);

        var top = sheet.Range(1, 1, TemplateLayout.HeaderRow, last);
        top.Style.Protection.Locked = true;
        top.Style.Fill.BackgroundColor = XLColor.NoColor;
        top.Style.Alignment.WrapText = false;

        WriteTitle(sheet, request);

        WriteLabel(sheet, TemplateLayout.DelegationRow, ReturnTexts.DelegationLabel(language), request.Contributor.Name);
        WriteLabel(sheet, TemplateLayout.CycleRow, ReturnTexts.CycleLabel(language), request.Cycle.Id);

        WriteHint(sheet, request, section);

        WriteHeaders(sheet, language);

        var cut = texts.Format("Return.Cut", request.FromCycleId);
        for (var i = 0; i < request.Rows.Count; i++) WriteCarriedRow(sheet, firstData + i, request.Rows[i], cut, language);

        Validate(sheet, request, formList, yesNoList, lastValidated);

        SetUpPages(sheet, request, section, texts);

        // Protection keeps the labels, headers and the Delegation and cycle values as made; no password, so nobody is locked out.
        sheet.Protect().AllowElement(
            XLSheetProtectionElements.FormatEverything | XLSheetProtectionElements.InsertRows | XLSheetProtectionElements.DeleteRows |
            XLSheetProtectionElements.Sort | XLSheetProtectionElements.AutoFilter | XLSheetProtectionElements.SelectEverything);
    }

    /// <summary>Frozen headers, and printing: landscape A4, one page wide, headers repeated, footer with the page number.</summary>
    private static void SetUpPages(IXLWorksheet sheet, TemplateRequest request, SectionTitle? section, LocalisedTexts texts)
    {
        sheet.SheetView.FreezeRows(TemplateLayout.HeaderRow);
        sheet.SheetView.TopLeftCellAddress = sheet.Cell(1, 1).Address;
        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(TemplateLayout.HeaderRow, TemplateLayout.HeaderRow);
        page.ShowGridlines = true;
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.5;
        page.Footer.Center.AddText(section is { } s
            ? texts.Format("Return.Footer.Section", request.Contributor.Name, request.Cycle.Id, s.Text)
            : texts.Format("Return.Footer", request.Contributor.Name, request.Cycle.Id));
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
    }

    /// <summary>Row 5: a section sheet's "Section" | title, then the hint across the rest of the row (the whole row on the Return sheet); the title and summary rows span the table.</summary>
    private static void WriteHint(IXLWorksheet sheet, TemplateRequest request, SectionTitle? section)
    {
        var language = request.Contributor.Language;
        var texts = TemplateTexts.In(language);
        var last = TemplateLayout.LastColumn;
        var hintColumn = 1;
        if (section is { } sectionTitle)
        {
            WriteLabel(sheet, TemplateLayout.HintRow, ReturnTexts.SectionLabel(language), sectionTitle.Text);
            hintColumn = TemplateLayout.SectionHintColumn;
        }
        var hint = sheet.Cell(TemplateLayout.HintRow, hintColumn);
        var first = TemplateLayout.FirstDataRow;
        hint.SetValue(request.Rows.Count switch
        {
            0 => texts.Format(section is null ? "Return.Hint.Empty" : "Return.Hint.Section", first),
            1 => texts.Format("Return.Hint.CarriedOne", first, request.FromCycleId),
            var n => texts.Format("Return.Hint.CarriedMany", first, first + n - 1, request.FromCycleId),
        });
        hint.Style.Font.Italic = true;
        // The one-line texts above the table span it: printed gridlines do not cut through them.
        foreach (var row in new[] { TemplateLayout.TitleRow, TemplateLayout.SummaryRow })
            sheet.Range(row, 1, row, last).Merge();
        sheet.Range(TemplateLayout.HintRow, hintColumn, TemplateLayout.HintRow, last).Merge();
    }

    /// <summary>The widths, wrapping, optional (grey) columns and number formats of the sheet's columns.</summary>
    private static void FormatColumns(IXLWorksheet sheet)
    {
        foreach (var (column, width) in TemplateLayout.Columns)
        {
            var col = sheet.Column(TemplateLayout.ColumnOf(column));
            col.Width = width;
            col.Style.Alignment.WrapText = true;
            if (ReturnLayout.HelperColumns.Contains(column)) col.Style.Fill.BackgroundColor = HelperFill;
        }
        var startColumn = TemplateLayout.ColumnOf(ReturnColumn.StartDate);
        var endColumn = TemplateLayout.ColumnOf(ReturnColumn.EndDate);
        var ongoingColumn = TemplateLayout.ColumnOf(ReturnColumn.Ongoing);
        var amountColumn = TemplateLayout.ColumnOf(ReturnColumn.AmountEur);
        sheet.Column(startColumn).Style.DateFormat.Format = "d mmm yyyy";
        sheet.Column(endColumn).Style.DateFormat.Format = "d mmm yyyy";
        sheet.Column(amountColumn).Style.NumberFormat.Format = "#,##0.00";
        sheet.Column(ongoingColumn).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }

    private static void WriteTitle(IXLWorksheet sheet, TemplateRequest request)
    {
        var language = request.Contributor.Language;
        var texts = TemplateTexts.In(language);
        var title = sheet.Cell(TemplateLayout.TitleRow, 1);
        title.SetValue(texts.Format("Return.Title", request.Cycle.Title));
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Row(TemplateLayout.TitleRow).Height = 21;
        sheet.Cell(TemplateLayout.SummaryRow, 1).SetValue(texts.Format("Return.Summary", WhatToReport(request.Cycle, language), Deadline(request),
            TemplateLayout.InstructionsSheetIn(language)));
    }

    /// <summary>The header row: white on blue, the optional columns black on grey; the six annex headers bilingual outside English.</summary>
    private static void WriteHeaders(IXLWorksheet sheet, Language language)
    {
        foreach (var (column, _) in TemplateLayout.Columns)
        {
            var cell = sheet.Cell(TemplateLayout.HeaderRow, TemplateLayout.ColumnOf(column));
            cell.SetValue(ReturnTexts.TemplateHeader(column, language));
            var helper = ReturnLayout.HelperColumns.Contains(column);
            cell.Style.Font.Bold = true;
            cell.Style.Font.FontColor = helper ? XLColor.Black : XLColor.White;
            cell.Style.Fill.BackgroundColor = helper ? HelperHeaderFill : HeaderFill;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            cell.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            cell.Style.Border.OutsideBorderColor = XLColor.FromHtml("#808080");
        }
        // Bilingual headers take more lines than English ones: the row grows to show them whole (bold text, about 5% wider).
        var headerLines = TemplateLayout.Columns.Max(c => EstimateLines(ReturnTexts.TemplateHeader(c.Column, language), c.Width * 0.95));
        sheet.Row(TemplateLayout.HeaderRow).Height = Math.Max(48, 13 * headerLines + 8);
    }

    private static void WriteLabel(IXLWorksheet sheet, int row, string label, string value)
    {
        var labelCell = sheet.Cell(row, 1);
        labelCell.SetValue(label);
        labelCell.Style.Font.Bold = true;
        var valueCell = sheet.Cell(row, 2);
        valueCell.SetValue(value);
        valueCell.Style.Font.Bold = true;
        valueCell.Style.Fill.BackgroundColor = LockedFill;
        valueCell.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        valueCell.Style.Border.OutsideBorderColor = XLColor.FromHtml("#A6A6A6");
    }

    /// <param name="cut">What ends a text cut at Excel's cell limit, saying where the whole text is.</param>
    private static void WriteCarriedRow(IXLWorksheet sheet, int row, CarriedRow carried, string cut, Language language)
    {
        string Fit(string text) => text.Length <= CellLimit ? text : text[..(CellLimit - cut.Length)] + cut;
        var texts = new (ReturnColumn Column, string Text)[]
        {
            (ReturnColumn.CountryRegion, carried.CountryRegion), (ReturnColumn.Form, carried.Form), (ReturnColumn.Description, carried.Description),
            (ReturnColumn.Partner, carried.Partner), (ReturnColumn.Duration, carried.Duration), (ReturnColumn.Funding, carried.Funding),
        };
        // SetValue with a string keeps text as text: "2010" stays the words the delegation wrote, not a number.
        foreach (var (column, text) in texts)
            if (text.Length > 0) sheet.Cell(row, TemplateLayout.ColumnOf(column)).SetValue(Fit(text));
        if (carried.StartDate is { } start) sheet.Cell(row, TemplateLayout.ColumnOf(ReturnColumn.StartDate)).SetValue(start.ToDateTime(TimeOnly.MinValue));
        if (carried.EndDate is { } end) sheet.Cell(row, TemplateLayout.ColumnOf(ReturnColumn.EndDate)).SetValue(end.ToDateTime(TimeOnly.MinValue));
        if (carried.Ongoing is { } ongoing) sheet.Cell(row, TemplateLayout.ColumnOf(ReturnColumn.Ongoing)).SetValue(ongoing ? ReturnTexts.Yes(language) : ReturnTexts.No(language));
        if (carried.AmountEur is { } amount) sheet.Cell(row, TemplateLayout.ColumnOf(ReturnColumn.AmountEur)).SetValue(amount);

        // Rows are not measured (no GDI+): the height comes from the longest text against its column's width.
        var lines = texts.Max(t => EstimateLines(t.Text, TemplateLayout.Columns[TemplateLayout.ColumnOf(t.Column) - 1].Width));
        if (lines > 1) sheet.Row(row).Height = Math.Min(409, 15 * lines + 2);
    }

    private static void Validate(IXLWorksheet sheet, TemplateRequest request, IXLRange formList, IXLRange yesNoList, int lastRow)
    {
        var language = request.Contributor.Language;
        var texts = TemplateTexts.In(language);
        // Excel shows at most 32 characters of a title: the helper columns' own short headers, never the bilingual ones.
        string Title(ReturnColumn column) => ReturnTexts.Header(column, language);
        IXLRange Data(ReturnColumn column)
        {
            var c = TemplateLayout.ColumnOf(column);
            return sheet.Range(TemplateLayout.FirstDataRow, c, lastRow, c);
        }

        var form = Data(ReturnColumn.Form).SetDataValidation();
        form.List(formList, true);
        // Information, not Stop: the annex keeps the delegation's own wording ("Bilateral agreement"), the list only suggests.
        form.ErrorStyle = XLErrorStyle.Information;
        form.ErrorTitle = texts["Validation.Form.Title"];
        form.ErrorMessage = texts["Validation.Form.Error"];

        foreach (var column in new[] { ReturnColumn.StartDate, ReturnColumn.EndDate })
        {
            var date = Data(column).SetDataValidation();
            date.Date.Between(new DateTime(1980, 1, 1), new DateTime(2099, 12, 31));
            date.ErrorStyle = XLErrorStyle.Stop;
            date.ErrorTitle = Title(column);
            date.ErrorMessage = texts["Validation.Date.Error"];
            date.InputTitle = Title(column);
            date.InputMessage = texts["Validation.Date.Input"];
        }

        var ongoing = Data(ReturnColumn.Ongoing).SetDataValidation();
        ongoing.List(yesNoList, true);
        ongoing.ErrorStyle = XLErrorStyle.Stop;
        ongoing.ErrorTitle = Title(ReturnColumn.Ongoing);
        ongoing.ErrorMessage = texts["Validation.Ongoing.Error"];

        var amount = Data(ReturnColumn.AmountEur).SetDataValidation();
        amount.Decimal.EqualOrGreaterThan(0);
        amount.ErrorStyle = XLErrorStyle.Stop;
        amount.ErrorTitle = Title(ReturnColumn.AmountEur);
        amount.ErrorMessage = texts["Validation.Amount.Error"];
        amount.InputTitle = Title(ReturnColumn.AmountEur);
        amount.InputMessage = texts["Validation.Amount.Input"];
    }

    // ---- Instructions sheet -------------------------------------------------------------------------------------

    private static readonly double[] InstructionWidths = [18, 30, 25, 34, 25, 42];

    private static void WriteInstructions(IXLWorksheet sheet, TemplateRequest request)
    {
        var language = request.Contributor.Language;
        var t = TemplateTexts.In(language);
        var returnSheet = TemplateLayout.ReturnSheetIn(language);
        for (var i = 0; i < InstructionWidths.Length; i++) sheet.Column(i + 1).Width = InstructionWidths[i];
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var row = 1;

        var title = sheet.Cell(row, 1);
        title.SetValue(t["Instructions.Title"]);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        sheet.Row(row).Height = 24;
        row++;
        var who = sheet.Cell(row, 1);
        who.SetValue(t.Format("Instructions.For", request.Contributor.Name, request.Cycle.Title, request.Cycle.Id));
        who.Style.Font.Bold = true;
        who.Style.Font.FontSize = 12;
        row += 2;

        var contributor = request.Contributor;
        var ownDeadline = contributor.DeadlineOverride is not null && contributor.DeadlineOverride != request.Cycle.Deadline;
        Paragraph(sheet, ref row, t["Instructions.What.Label"], t.Format("Instructions.What.Text", WhatToReport(request.Cycle, language), returnSheet));
        Paragraph(sheet, ref row, t["Instructions.Deadline.Label"], t.Format("Instructions.Deadline.Text", Deadline(request)) +
            (ownDeadline ? t.Format("Instructions.Deadline.Own", LocalisedDates.Date(request.Cycle.Deadline, language)) : ""));
        Paragraph(sheet, ref row, t["Instructions.Send.Label"], HowToSend(request));
        if (contributor.Sections.Count > 0)
            Paragraph(sheet, ref row, t["Instructions.Sections.Label"], t.Format("Instructions.Sections.Text", contributor.Sections.Count, SectionTitle.Quoted(contributor.Sections)));
        Paragraph(sheet, ref row, t["Instructions.Narrative.Label"], t.Format("Instructions.Narrative.Text", TemplateLayout.NarrativeSheetIn(language), ReturnTexts.NarrativeHeaders(language).Level));
        Paragraph(sheet, ref row, t["Instructions.OtherTables.Label"], t["Instructions.OtherTables.Text"]);
        Paragraph(sheet, ref row, t["Instructions.After.Label"], t["Instructions.After.Text"]);
        if (request.Rows.Count > 0)
            Paragraph(sheet, ref row, t["Instructions.Carried.Label"],
                t.Format("Instructions.Carried.Text", returnSheet, request.FromCycleId, RowRange(request.Rows.Count, t)));
        row++;

        WriteHowToFill(sheet, ref row, contributor, t, returnSheet);

        WriteExamples(sheet, ref row, t);

        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.5;
    }

    private static void WriteHowToFill(IXLWorksheet sheet, ref int row, Contributor contributor, LocalisedTexts t, string returnSheet)
    {
        Heading(sheet, ref row, t.Format("Instructions.Fill.Heading", returnSheet));
        foreach (var part in new[] { "Country", "Form", "Description", "Partner", "Duration", "Funding", "Optional" })
            Paragraph(sheet, ref row, t[$"Instructions.{part}.Label"], t[$"Instructions.{part}.Text"]);
        Paragraph(sheet, ref row, t["Instructions.Locked.Label"], t.Format("Instructions.Locked.Text", contributor.Name));
        row++;
    }

    /// <summary>The table of durations and funding written well (in the template's language) and poorly (as the 2011 annex wrote them), with how each is read.</summary>
    private static void WriteExamples(IXLWorksheet sheet, ref int row, LocalisedTexts t)
    {
        Heading(sheet, ref row, t["Instructions.Examples.Heading"]);
        string[] headers = ["", t["Examples.Good"], t["Examples.ReadAs"], t["Examples.Poor"], t["Examples.ReadAs"], t["Examples.Why"]];
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            cell.SetValue(headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }
        row++;
        foreach (var example in TemplateExamples.For(t.Language))
        {
            string[] values =
            [
                t[example.Column == ReturnColumn.Duration ? "Examples.Duration" : "Examples.Funding"],
                example.Good, TemplateExamples.ReadsAs(example.Column, example.Good, t.Language),
                example.Poor, TemplateExamples.ReadsAs(example.Column, example.Poor, t.Language),
                example.Why,
            ];
            for (var c = 0; c < values.Length; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                cell.SetValue(values[c]);
                cell.Style.Alignment.WrapText = true;
                if (c is 1 or 2) cell.Style.Fill.BackgroundColor = GoodFill;
                if (c is 3 or 4) cell.Style.Fill.BackgroundColor = PoorFill;
            }
            sheet.Cell(row, 1).Style.Font.Bold = true;
            var lines = values.Select((v, c) => EstimateLines(v, InstructionWidths[c])).Max();
            sheet.Row(row).Height = 15 * lines + 3;
            row++;
        }
    }

    private static void Heading(IXLWorksheet sheet, ref int row, string text)
    {
        var cell = sheet.Cell(row, 1);
        cell.SetValue(text);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 12;
        cell.Style.Font.FontColor = HeaderFill;
        sheet.Row(row).Height = 18;
        row++;
    }

    /// <summary>A label in column A and its text across the other columns (merged, wrapped, with a height that fits it).</summary>
    private static void Paragraph(IXLWorksheet sheet, ref int row, string label, string text)
    {
        var labelCell = sheet.Cell(row, 1);
        labelCell.SetValue(label);
        labelCell.Style.Font.Bold = true;
        var range = sheet.Range(row, 2, row, InstructionWidths.Length);
        range.Merge();
        var cell = sheet.Cell(row, 2);
        cell.SetValue(text);
        cell.Style.Alignment.WrapText = true;
        var lines = EstimateLines(text, InstructionWidths.Skip(1).Sum());
        sheet.Row(row).Height = 15 * lines + 3;
        row++;
    }

    // ---- Texts --------------------------------------------------------------------------------------------------

    /// <summary>"External actions … initiated after November 2009." from the cycle's period, as the annex words it.</summary>
    public static string WhatToReport(Cycle cycle) => WhatToReport(cycle, Language.English);

    /// <summary>What to report in <paramref name="language"/>: after "November 2009" (a month that ended) or after a day.</summary>
    public static string WhatToReport(Cycle cycle, Language language)
    {
        var t = TemplateTexts.In(language);
        if (cycle.PeriodStart is not { } start) return t["What.Unreported"];
        var after = start.Day == 1
            ? LocalisedDates.Month(start.AddDays(-1), language)
            : t.Format("What.AfterDay", LocalisedDates.Date(start.AddDays(-1), language));
        return cycle.PeriodEnd is { } end
            ? t.Format("What.AfterUntil", after, LocalisedDates.Date(end, language))
            : t.Format("What.After", after);
    }

    /// <summary>"Tuesday 8 December 2026, end of the day, Brussels time", in the contributor's language.</summary>
    public static string Deadline(TemplateRequest request)
    {
        var language = request.Contributor.Language;
        return TemplateTexts.In(language).Format("Deadline", LocalisedDates.LongDate(request.Contributor.DeadlineIn(request.Cycle), language));
    }

    private static string HowToSend(TemplateRequest request)
    {
        var language = request.Contributor.Language;
        var t = TemplateTexts.In(language);
        var save = t.Format("Instructions.Send.Save", TemplateLayout.ReturnSheetIn(language));
        if (request.UploadLink is { } link) return save + t.Format("Instructions.Send.Link", link);
        var folder = $"returns/{request.Cycle.Id}/{request.Contributor.Id}/";
        return request.Cycle.OwnerEmail is { } owner
            ? save + t.Format("Instructions.Send.Owner", owner, folder)
            : save + t.Format("Instructions.Send.Folder", folder);
    }

    /// <summary>"row 7" or "rows 7–11": where the carried-over actions are.</summary>
    private static string RowRange(int count, LocalisedTexts t) =>
        count == 1 ? t.Format("RowRange.One", TemplateLayout.FirstDataRow)
                   : t.Format("RowRange.Many", TemplateLayout.FirstDataRow, TemplateLayout.FirstDataRow + count - 1);

    /// <summary>
    /// Lines a text takes in a column of the given width (in characters of the default font): each paragraph wraps
    /// at about 1.1 characters per width unit, since most letters are narrower than the digit the unit is based on.
    /// </summary>
    internal static int EstimateLines(string text, double width)
    {
        if (string.IsNullOrEmpty(text)) return 1;
        var perLine = Math.Max(1, (int)(width * 1.1) - 2);
        return text.ReplaceLineEndings("\n").Split('\n').Sum(p => Math.Max(1, (int)Math.Ceiling(p.Length / (double)perLine)));
    }
}
