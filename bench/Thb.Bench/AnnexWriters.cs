using System.Diagnostics;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using Thb.Annex;
using Thb.Intake.Returns;

namespace Thb.Bench;

/// <summary>
/// `thb-bench writers-annex`: the annex workbook's writers side by side, in one process, warm, median of the runs, on the
/// rows `thb bench annex` generates: ours (the six sheets, the Annex sheet's continuation rows, boxes, heights, hidden
/// source column, print setup), SpreadCheetah writing the Annex sheet in that same layout (continuation rows, the same
/// styles and row heights, widths, frozen header, hidden column, merged titles: everything it can express; it has no
/// print titles, page setup, footers or in-workbook links), and SpreadCheetah writing six plain cells a row (the floor's writer).
/// </summary>
public static class AnnexWriters
{
    public static async Task<int> RunAsync(int contributors, int rowsEach, int descriptionChars, int runs)
    {
        var input = Thb.Cli.Commands.BenchAnnexData.Generate(contributors, rowsEach, descriptionChars);
        var analysis = AnnexAnalysis.Compute(input);
        var writers = new (string Name, Func<Stream, Task> Write)[]
        {
            ("ours: AnnexWorkbook (six sheets, Annex layout)", s => { AnnexWorkbook.Write(input, analysis, s); return Task.CompletedTask; }),
            ("SpreadCheetah: the Annex sheet's layout", s => SameLayoutAsync(input, s)),
            ("SpreadCheetah: six plain cells a row", s => PlainAsync(input, s)),
        };
        Console.WriteLine($"{input.RowCount} rows ({contributors} × {rowsEach}, {descriptionChars}-character descriptions); median of {runs} warm runs after one cold:");
        foreach (var (name, write) in writers)
        {
            var times = new List<double>();
            long size = 0;
            for (var run = 0; run <= runs; run++)
            {
                using var memory = new MemoryStream();
                var watch = Stopwatch.StartNew();
                await write(memory);
                if (run > 0) times.Add(watch.Elapsed.TotalSeconds);
                size = memory.Length;
            }
            times.Sort();
            Console.WriteLine($"  {name,-50} {times[times.Count / 2]:0.000} s  (min {times[0]:0.000}, max {times[^1]:0.000})  {size / 1024} KB");
        }
        return 0;
    }

    private static async Task PlainAsync(AnnexInput input, Stream output)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output);
        await spreadsheet.StartWorksheetAsync(AnnexWorkbook.AnnexSheet);
        var cells = new DataCell[6];
        foreach (var section in input.InProtocolOrder)
            foreach (var row in section.Rows)
            {
                cells[0] = new DataCell(row.CountryRegion.Raw);
                cells[1] = new DataCell(row.Form.Raw);
                cells[2] = new DataCell(row.Description.Raw);
                cells[3] = new DataCell(row.Partner.Raw);
                cells[4] = new DataCell(row.Duration.Raw);
                cells[5] = new DataCell(row.Funding.Raw);
                await spreadsheet.AddRowAsync(cells);
            }
        await spreadsheet.FinishAsync();
    }

    private static async Task SameLayoutAsync(AnnexInput input, Stream output)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { DefaultFont = new DefaultFont { Name = "Calibri", Size = 10 } });
        var options = new WorksheetOptions { FrozenRows = 1 };
        var widths = AnnexWorkbook.AnnexColumnWidths;
        for (var i = 0; i < widths.Count; i++) options.Column(i + 1).Width = widths[i];
        options.Column(AnnexWorkbook.SourceColumn).Hidden = true;
        await spreadsheet.StartWorksheetAsync(AnnexWorkbook.AnnexSheet, options);
        var styles = Styles(spreadsheet);
        var headers = AnnexWorkbook.ColumnHeaders();
        var header = headers.Take(6).Select(h => new Cell(h!.Value.Text, styles[AnnexStyle.Header])).ToArray();
        await spreadsheet.AddRowAsync(header, new RowOptions { Height = Height(header.Select((_, i) => (headers[i]!.Value.Text, AnnexStyle.Header, widths[i]))) });
        var cells = new Cell[7];
        foreach (var section in input.InProtocolOrder)
        {
            await spreadsheet.AddRowAsync([new Cell(section.Contributor.Name, styles[AnnexStyle.SectionTitle])], new RowOptions { Height = 16.5 });
            spreadsheet.MergeCells($"A{spreadsheet.NextRowNumber - 1}:F{spreadsheet.NextRowNumber - 1}");
            await spreadsheet.AddRowAsync(header, new RowOptions { Height = Height(header.Select((_, i) => (headers[i]!.Value.Text, AnnexStyle.Header, widths[i]))) });
            foreach (var row in section.Rows)
            {
                var physical = AnnexWorkbook.PhysicalRows(row);
                var source = AnnexWorkbook.SourceOf(section.Contributor.Id, row);
                for (var k = 0; k < physical.Count; k++)
                {
                    var style = physical.Count == 1 ? AnnexStyle.Data : k == 0 ? AnnexStyle.DataFirstPart : k == physical.Count - 1 ? AnnexStyle.DataLastPart : AnnexStyle.DataMiddlePart;
                    for (var i = 0; i < 6; i++) cells[i] = new Cell(physical[k][i], styles[style]);
                    cells[6] = new Cell(source);
                    await spreadsheet.AddRowAsync(cells, new RowOptions { Height = Height(physical[k].Select((t, i) => ((string?)t, style, widths[i]))) });
                }
            }
        }
        await spreadsheet.FinishAsync();
    }

    /// <summary>The row height SheetWriter gives a row of wrapped text.</summary>
    private static double Height(IEnumerable<(string? Text, AnnexStyle Style, double Width)> cells)
    {
        var height = 12.75;
        foreach (var (text, style, width) in cells)
        {
            var lines = string.IsNullOrEmpty(text) ? 1 : CellText.CountLines(text!, SheetWriter.CharsPerLine(width, style));
            height = Math.Max(height, lines * 12.75 + (lines > 1 ? 2 : 0));
        }
        return Math.Min(height, SheetWriter.MaxRowHeight);
    }

    private static Dictionary<AnnexStyle, StyleId> Styles(Spreadsheet spreadsheet)
    {
        var grey = System.Drawing.Color.FromArgb(0x80, 0x80, 0x80);
        Style Boxed(bool top, bool bottom, bool wrap = true)
        {
            var style = new Style();
            style.Alignment.WrapText = wrap;
            style.Alignment.Vertical = VerticalAlignment.Top;
            style.Border.Left = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = grey };
            style.Border.Right = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = grey };
            if (top) style.Border.Top = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = grey };
            if (bottom) style.Border.Bottom = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = grey };
            return style;
        }
        var header = Boxed(true, true);
        header.Font.Bold = true;
        header.Fill.Color = System.Drawing.Color.FromArgb(0xDD, 0xEB, 0xF7);
        header.Alignment.Vertical = VerticalAlignment.Center;
        var title = Boxed(true, true, wrap: false);
        title.Font.Bold = true;
        title.Font.Size = 12;
        title.Fill.Color = System.Drawing.Color.FromArgb(0xBD, 0xD7, 0xEE);
        title.Alignment.Vertical = VerticalAlignment.Center;
        return new Dictionary<AnnexStyle, StyleId>
        {
            [AnnexStyle.Data] = spreadsheet.AddStyle(Boxed(true, true)),
            [AnnexStyle.DataFirstPart] = spreadsheet.AddStyle(Boxed(true, false)),
            [AnnexStyle.DataMiddlePart] = spreadsheet.AddStyle(Boxed(false, false)),
            [AnnexStyle.DataLastPart] = spreadsheet.AddStyle(Boxed(false, true)),
            [AnnexStyle.Header] = spreadsheet.AddStyle(header),
            [AnnexStyle.SectionTitle] = spreadsheet.AddStyle(title),
        };
    }
}
