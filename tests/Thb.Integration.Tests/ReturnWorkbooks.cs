using ClosedXML.Excel;

namespace Thb.IntegrationTests;

/// <summary>Builds small returns laid out like the samples (title, Delegation, Reporting cycle, header on row 6).</summary>
public static class ReturnWorkbooks
{
    public static readonly string[] Headers =
    [
        "Country/ region or organisation at international level", "Form or structure of actions and activities",
        "Description of actions and activities", "Partner organisation", "Duration (start/end date)", "Funding in EUR",
    ];

    public static byte[] Build(string delegation, string cycle, params string[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Return");
        sheet.Cell(1, 1).Value = "Return";
        sheet.Cell(3, 1).Value = "Delegation";
        sheet.Cell(3, 2).Value = delegation;
        sheet.Cell(4, 1).Value = "Reporting cycle";
        sheet.Cell(4, 2).SetValue(cycle);
        for (var c = 0; c < Headers.Length; c++) sheet.Cell(6, c + 1).Value = Headers[c];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cell(7 + r, c + 1).SetValue(rows[r][c]);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
