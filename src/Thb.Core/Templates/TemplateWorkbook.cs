using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Thb.Cycles;
using Thb.Normalising.Forms;
using Thb.Intake.Returns;
using Thb.Workbooks;

namespace Thb.Templates;

/// <summary>
/// Writes a contributor's template: an Instructions sheet, the Return sheet the reader reads (labels, headers and
/// metadata all taken from <see cref="ReturnLayout"/>), a hidden Lists sheet feeding the drop-downs and the hidden
/// metadata sheet. Widths and heights are set explicitly: nothing here measures text (no GDI+ on Linux).
/// </summary>
public static class TemplateWorkbook
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1F4E78");
    private static readonly XLColor HelperHeaderFill = XLColor.FromHtml("#BFBFBF");
    private static readonly XLColor HelperFill = XLColor.FromHtml("#F2F2F2");
    private static readonly XLColor LockedFill = XLColor.FromHtml("#E7E6E6");
    private static readonly XLColor GoodFill = XLColor.FromHtml("#E2EFDA");
    private static readonly XLColor PoorFill = XLColor.FromHtml("#FCE4D6");
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>Excel's limit for one cell; a longer carried-over text is cut there, with a note saying where the whole text is.</summary>
    private const int CellLimit = 32_767;

    public static byte[] Build(TemplateRequest request)
    {
        using var workbook = new XLWorkbook();
        var instructions = workbook.Worksheets.Add(TemplateLayout.InstructionsSheet);
        var sections = request.Contributor.Sections;
        // One sheet per section (see docs/architecture.md, "Sub-sections"), else the one Return sheet.
        var returnSheets = sections.Count == 0
            ? [(workbook.Worksheets.Add(TemplateLayout.ReturnSheet), (SectionTitle?)null)]
            : TemplateLayout.SectionSheetNames(sections).Select((name, i) => (workbook.Worksheets.Add(name), (SectionTitle?)sections[i])).ToList();
        var narrative = workbook.Worksheets.Add(TemplateLayout.NarrativeSheet);
        var lists = workbook.Worksheets.Add(TemplateLayout.ListsSheet);
        var metadata = workbook.Worksheets.Add(ReturnLayout.MetadataSheetName);

        var (formList, yesNoList) = WriteLists(lists);
        var levelList = WriteLevels(lists);
        WriteInstructions(instructions, request);
        foreach (var (sheet, section) in returnSheets)
            WriteReturn(sheet, request, RowsOf(request, section), section, formList, yesNoList);
        WriteNarrative(narrative, request, levelList);
        WriteMetadata(metadata, request);

        instructions.SetTabActive();
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        SortColumnDefinitions(output);
        // Saved as Excel saves: readers that follow Excel's way only (exceljs) open it too.
        var title = $"Return of {request.Contributor.Name}, reporting cycle {request.Cycle.Id}";
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

    private static (IXLRange Forms, IXLRange YesNo) WriteLists(IXLWorksheet lists)
    {
        var labels = ActionCategories.All.Select(ActionCategories.Label).ToList();
        for (var i = 0; i < labels.Count; i++) lists.Cell(i + 1, TemplateLayout.FormListColumn).SetValue(labels[i]);
        lists.Cell(1, TemplateLayout.YesNoListColumn).SetValue(TemplateLayout.Yes);
        lists.Cell(2, TemplateLayout.YesNoListColumn).SetValue(TemplateLayout.No);
        lists.Column(TemplateLayout.FormListColumn).Width = 36;
        lists.Visibility = XLWorksheetVisibility.Hidden;
        return (lists.Range(1, TemplateLayout.FormListColumn, labels.Count, TemplateLayout.FormListColumn),
                lists.Range(1, TemplateLayout.YesNoListColumn, 2, TemplateLayout.YesNoListColumn));
    }

    private static IXLRange WriteLevels(IXLWorksheet lists)
    {
        var levels = NarrativeSheetReader.Levels;
        for (var i = 0; i < levels.Count; i++) lists.Cell(i + 1, TemplateLayout.LevelListColumn).SetValue(levels[i]);
        return lists.Range(1, TemplateLayout.LevelListColumn, levels.Count, TemplateLayout.LevelListColumn);
    }

    /// <summary>The Narrative sheet: labels as on the sheet of actions, then "Level" | "Text" on row 6 and one paragraph per row below, the level from a drop-down.</summary>
    private static void WriteNarrative(IXLWorksheet sheet, TemplateRequest request, IXLRange levelList)
    {
        sheet.Style.Protection.Locked = false;
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Column(TemplateLayout.NarrativeLevelColumn).Width = 16;
        sheet.Column(TemplateLayout.NarrativeTextColumn).Width = 120;
        sheet.Column(TemplateLayout.NarrativeTextColumn).Style.Alignment.WrapText = true;
        var top = sheet.Range(1, 1, TemplateLayout.HeaderRow, TemplateLayout.NarrativeTextColumn);
        top.Style.Protection.Locked = true;
        top.Style.Alignment.WrapText = false;
        var title = sheet.Cell(TemplateLayout.TitleRow, 1);
        title.SetValue($"Narrative — prose for the part of {request.Contributor.Name} in the annex (optional)");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Cell(TemplateLayout.SummaryRow, 1).SetValue("One paragraph per row in the Text column, in reading order; its level in the Level column: Heading 1 to 3, Paragraph (or empty), Bulleted or Numbered. Leave the sheet empty if you have no prose.");
        WriteLabel(sheet, TemplateLayout.DelegationRow, ReturnLayout.DelegationLabel, request.Contributor.Name);
        WriteLabel(sheet, TemplateLayout.CycleRow, ReturnLayout.CycleLabel, request.Cycle.Id);
        foreach (var (column, text) in new[] { (TemplateLayout.NarrativeLevelColumn, NarrativeSheetReader.LevelHeader), (TemplateLayout.NarrativeTextColumn, NarrativeSheetReader.TextHeader) })
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
        levels.ErrorTitle = NarrativeSheetReader.LevelHeader;
        levels.ErrorMessage = "Choose a level from the list, or leave the cell empty for a paragraph.";
        sheet.SheetView.FreezeRows(TemplateLayout.HeaderRow);
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        sheet.Protect().AllowElement(
            XLSheetProtectionElements.FormatEverything | XLSheetProtectionElements.InsertRows | XLSheetProtectionElements.DeleteRows | XLSheetProtectionElements.SelectEverything);
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

    /// <summary>A sheet of actions: the Return sheet, or one section's sheet (its title beside the label "Section" on row 5). Long: one layout, top to bottom.</summary>
    private static void WriteReturn(IXLWorksheet sheet, TemplateRequest request, IReadOnlyList<CarriedRow> rows, SectionTitle? section, IXLRange formList, IXLRange yesNoList)
    {
        var last = TemplateLayout.LastColumn;
        var firstData = TemplateLayout.FirstDataRow;
        var lastValidated = Math.Max(firstData + TemplateLayout.ValidatedRows - 1, firstData + rows.Count + 200);

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

        WriteLabel(sheet, TemplateLayout.DelegationRow, ReturnLayout.DelegationLabel, request.Contributor.Name);
        WriteLabel(sheet, TemplateLayout.CycleRow, ReturnLayout.CycleLabel, request.Cycle.Id);

        var hintColumn = 1;
        if (section is { } sectionTitle)
        {
            WriteLabel(sheet, TemplateLayout.HintRow, TemplateLayout.SectionLabel, sectionTitle.Text);
            hintColumn = TemplateLayout.SectionHintColumn;
        }
        var hint = sheet.Cell(TemplateLayout.HintRow, hintColumn);
        hint.SetValue(rows.Count > 0
            ? $"{Capitalised(RowRange(rows.Count))} {(rows.Count == 1 ? "is your action" : "are your actions")} from cycle {request.FromCycleId} that may still be running: update, and delete what has ended. Add new actions below, one per row."
            : section is null ? "One action per row, from row 7 down. The grey columns are optional: when filled they take precedence over Duration and Funding."
            : "The actions of this section, one per row, from row 7 down. The grey columns are optional: when filled they take precedence over Duration and Funding.");
        hint.Style.Font.Italic = true;
        // The one-line texts above the table span it: printed gridlines do not cut through them.
        foreach (var row in new[] { TemplateLayout.TitleRow, TemplateLayout.SummaryRow })
            sheet.Range(row, 1, row, last).Merge();
        sheet.Range(TemplateLayout.HintRow, hintColumn, TemplateLayout.HintRow, last).Merge();

        WriteHeaders(sheet);

        for (var i = 0; i < rows.Count; i++) WriteCarriedRow(sheet, firstData + i, rows[i], request.FromCycleId);

        Validate(sheet, request, formList, yesNoList, lastValidated);

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
        page.Footer.Center.AddText($"{request.Contributor.Name}{(section is { } t ? " — " + t.Text : "")} — cycle {request.Cycle.Id} — page ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);

        // Protection keeps the labels, headers and the Delegation and cycle values as made; no password, so nobody is locked out.
        sheet.Protect().AllowElement(
            XLSheetProtectionElements.FormatEverything | XLSheetProtectionElements.InsertRows | XLSheetProtectionElements.DeleteRows |
            XLSheetProtectionElements.Sort | XLSheetProtectionElements.AutoFilter | XLSheetProtectionElements.SelectEverything);
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
        var title = sheet.Cell(TemplateLayout.TitleRow, 1);
        title.SetValue($"THB external action return — {request.Cycle.Title}");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        sheet.Row(TemplateLayout.TitleRow).Height = 21;
        sheet.Cell(TemplateLayout.SummaryRow, 1).SetValue($"{WhatToReport(request.Cycle)} Deadline: {Deadline(request)}. Read the Instructions sheet first.");
    }

    /// <summary>The header row: white on blue, the optional columns black on grey.</summary>
    private static void WriteHeaders(IXLWorksheet sheet)
    {
        foreach (var (column, _) in TemplateLayout.Columns)
        {
            var cell = sheet.Cell(TemplateLayout.HeaderRow, TemplateLayout.ColumnOf(column));
            cell.SetValue(ReturnLayout.Header(column));
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
        sheet.Row(TemplateLayout.HeaderRow).Height = 48;
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

    private static void WriteCarriedRow(IXLWorksheet sheet, int row, CarriedRow carried, string? fromCycle)
    {
        var cut = $" […] (cut at Excel's cell limit; the whole text is in your return for cycle {fromCycle})";
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
        if (carried.Ongoing is { } ongoing) sheet.Cell(row, TemplateLayout.ColumnOf(ReturnColumn.Ongoing)).SetValue(ongoing ? TemplateLayout.Yes : TemplateLayout.No);
        if (carried.AmountEur is { } amount) sheet.Cell(row, TemplateLayout.ColumnOf(ReturnColumn.AmountEur)).SetValue(amount);

        // Rows are not measured (no GDI+): the height comes from the longest text against its column's width.
        var lines = texts.Max(t => EstimateLines(t.Text, TemplateLayout.Columns[TemplateLayout.ColumnOf(t.Column) - 1].Width));
        if (lines > 1) sheet.Row(row).Height = Math.Min(409, 15 * lines + 2);
    }

    private static void Validate(IXLWorksheet sheet, TemplateRequest request, IXLRange formList, IXLRange yesNoList, int lastRow)
    {
        IXLRange Data(ReturnColumn column)
        {
            var c = TemplateLayout.ColumnOf(column);
            return sheet.Range(TemplateLayout.FirstDataRow, c, lastRow, c);
        }

        var form = Data(ReturnColumn.Form).SetDataValidation();
        form.List(formList, true);
        // Information, not Stop: the annex keeps the delegation's own wording ("Bilateral agreement"), the list only suggests.
        form.ErrorStyle = XLErrorStyle.Information;
        form.ErrorTitle = "Form of action";
        form.ErrorMessage = "This is not one of the listed forms. Your wording is kept as written and grouped under the closest form: click OK to keep it.";

        foreach (var column in new[] { ReturnColumn.StartDate, ReturnColumn.EndDate })
        {
            var date = Data(column).SetDataValidation();
            date.Date.Between(new DateTime(1980, 1, 1), new DateTime(2099, 12, 31));
            date.ErrorStyle = XLErrorStyle.Stop;
            date.ErrorTitle = ReturnLayout.Header(column);
            date.ErrorMessage = "Type a full date, e.g. 1.3.2010 or 1 March 2010. Only the month or year known? Leave this cell empty and write it in the Duration column.";
            date.InputTitle = ReturnLayout.Header(column);
            date.InputMessage = "Optional. A full date; it takes precedence over the Duration text.";
        }

        var ongoing = Data(ReturnColumn.Ongoing).SetDataValidation();
        ongoing.List(yesNoList, true);
        ongoing.ErrorStyle = XLErrorStyle.Stop;
        ongoing.ErrorTitle = ReturnLayout.Header(ReturnColumn.Ongoing);
        ongoing.ErrorMessage = "Choose Yes or No, or leave the cell empty.";

        var amount = Data(ReturnColumn.AmountEur).SetDataValidation();
        amount.Decimal.EqualOrGreaterThan(0);
        amount.ErrorStyle = XLErrorStyle.Stop;
        amount.ErrorTitle = ReturnLayout.Header(ReturnColumn.AmountEur);
        amount.ErrorMessage = "Type the amount in euro as a number, e.g. 45000. A range, another currency or \"not available\" goes in the Funding column instead.";
        amount.InputTitle = ReturnLayout.Header(ReturnColumn.AmountEur);
        amount.InputMessage = "Optional. A number in EUR; it takes precedence over the Funding text.";
    }

    // ---- Instructions sheet -------------------------------------------------------------------------------------

    private static readonly double[] InstructionWidths = [18, 30, 25, 34, 25, 42];

    private static void WriteInstructions(IXLWorksheet sheet, TemplateRequest request)
    {
        for (var i = 0; i < InstructionWidths.Length; i++) sheet.Column(i + 1).Width = InstructionWidths[i];
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var row = 1;

        var title = sheet.Cell(row, 1);
        title.SetValue("Return on external action against trafficking in human beings");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        sheet.Row(row).Height = 24;
        row++;
        var who = sheet.Cell(row, 1);
        who.SetValue($"For {request.Contributor.Name} — {request.Cycle.Title} (reporting cycle {request.Cycle.Id})");
        who.Style.Font.Bold = true;
        who.Style.Font.FontSize = 12;
        row += 2;

        var contributor = request.Contributor;
        Paragraph(sheet, ref row, "What to report",
            $"{WhatToReport(request.Cycle)} Include the actions reported before that are still running, with what changed. One action per row on the Return sheet.");
        Paragraph(sheet, ref row, "Deadline",
            $"{Deadline(request)}.{(contributor.DeadlineOverride is not null && contributor.DeadlineOverride != request.Cycle.Deadline ? " This date was set for you (the cycle's deadline is " + LongDate(request.Cycle.Deadline) + ")." : "")}");
        Paragraph(sheet, ref row, "How to send it", HowToSend(request));
        if (contributor.Sections.Count > 0)
            Paragraph(sheet, ref row, "Sections",
                $"Your part of the annex has {contributor.Sections.Count} sections: {SectionTitle.Quoted(contributor.Sections)}. Each has its own sheet, with the same columns: put every action on the sheet of its section, and leave a sheet empty when its section has nothing to report. The annex shows the sections in this order, each under its title.");
        Paragraph(sheet, ref row, "Narrative",
            "Prose for your part of the annex (an overview, the state of play per partner) goes on the Narrative sheet: one paragraph per row, its level (Heading 1–3, Paragraph, Bulleted, Numbered) chosen in the Level column. It is shown as written, before your actions. Leave it empty if you have none.");
        Paragraph(sheet, ref row, "Other tables",
            "A table with other columns than the annex's (e.g. the steps of each agreement) goes on a sheet of its own that you add, its title in the first row, its headers in the row below. It is kept exactly as written and shown in your part of the annex, but its rows are not read as actions.");
        Paragraph(sheet, ref row, "After sending",
            "Every upload gets a verdict and a copy of your workbook with each problem marked at its cell. You may send a corrected return as often as you like until the deadline: the last accepted one counts.");
        if (request.Rows.Count > 0)
            Paragraph(sheet, ref row, "Carried over",
                $"The Return sheet already holds the actions you reported in cycle {request.FromCycleId} that may still be running ({RowRange(request.Rows.Count)}). Update them (dates, amounts, results) and delete the rows of actions that have ended.");
        row++;

        WriteHowToFill(sheet, ref row, contributor);

        WriteExamples(sheet, ref row);

        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.5;
    }

    private static void WriteHowToFill(IXLWorksheet sheet, ref int row, Contributor contributor)
    {
        Heading(sheet, ref row, "How to fill in the Return sheet");
        Paragraph(sheet, ref row, "Country/region",
            "The English name of the country, region or organisation at international level; several separated by commas: \"Albania, Kosovo\", \"South East Europe\", \"UNODC, OSCE\".");
        Paragraph(sheet, ref row, "Form of action",
            "Pick one from the drop-down list, or type your own wording: it is kept as written and grouped under the closest form.");
        Paragraph(sheet, ref row, "Description",
            "What was done, its objectives and results, in a few sentences. Keep each action on one row; for a line break inside a cell press Alt+Enter.");
        Paragraph(sheet, ref row, "Partner", "The organisations the action was carried out with.");
        Paragraph(sheet, ref row, "Duration", "When the action started and ended, written as text: see the examples below.");
        Paragraph(sheet, ref row, "Funding", "The amount in EUR, written as text: see the examples below. If no amount is known, say so and why.");
        Paragraph(sheet, ref row, "Optional columns",
            "Start date and End date (full dates), Ongoing (Yes/No) and Amount in EUR (a number), in grey, are optional. When filled, they take precedence over the Duration and Funding texts, so keep the two in agreement. Known only to the month or the year? Leave the date cells empty and write it in Duration.");
        Paragraph(sheet, ref row, "Locked cells",
            $"Delegation and Reporting cycle are filled in for you and locked: this template is made for {contributor.Name} and is rejected if sent for anyone else. The top rows are protected without a password, only against accidental edits.");
        row++;
    }

    /// <summary>The table of durations and funding written well and poorly, with how each is read.</summary>
    private static void WriteExamples(IXLWorksheet sheet, ref int row)
    {
        Heading(sheet, ref row, "Durations and funding: examples");
        string[] headers = ["", "Write it like this", "Read as", "Not like this (2011 annex)", "Read as", "Why"];
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            cell.SetValue(headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }
        row++;
        foreach (var example in TemplateExamples.All)
        {
            string[] values =
            [
                example.Column == ReturnColumn.Duration ? "Duration" : "Funding",
                example.Good, TemplateExamples.ReadsAs(example.Column, example.Good),
                example.Poor, TemplateExamples.ReadsAs(example.Column, example.Poor),
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
    public static string WhatToReport(Cycle cycle)
    {
        var what = "External actions and activities against trafficking in human beings outside the EU";
        if (cycle.PeriodStart is not { } start) return $"{what} not reported in an earlier cycle.";
        var after = start.Day == 1
            ? start.AddDays(-1).ToString("MMMM yyyy", English)
            : LongDate(start.AddDays(-1));
        var until = cycle.PeriodEnd is { } end ? $" and up to {LongDate(end)}" : "";
        return $"{what} initiated after {after}{until}.";
    }

    public static string Deadline(TemplateRequest request) =>
        $"{request.Contributor.DeadlineIn(request.Cycle).ToString("dddd d MMMM yyyy", English)}, end of the day, Brussels time";

    private static string HowToSend(TemplateRequest request)
    {
        var save = "Fill in the Return sheet and save the workbook as .xlsx (any file name). ";
        if (request.UploadLink is { } link) return save + $"Upload it at {link}.";
        var folder = $"returns/{request.Cycle.Id}/{request.Contributor.Id}/";
        return request.Cycle.OwnerEmail is { } owner
            ? save + $"Send it to {owner}, or, if you have access to the THB storage, upload it to the folder {folder}."
            : save + $"Upload it to the folder {folder} of the THB storage, or send it to the Presidency, who will upload it there.";
    }

    /// <summary>"row 7" or "rows 7–11": where the carried-over actions are.</summary>
    private static string RowRange(int count) =>
        count == 1 ? $"row {TemplateLayout.FirstDataRow}" : $"rows {TemplateLayout.FirstDataRow}–{TemplateLayout.FirstDataRow + count - 1}";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", English);

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
