using System.Security;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.Normalising.Funding;

namespace Thb.Tests.Intake;

/// <summary>Number and date cells read as Excel shows them: the format's text is the raw text, its currency and precision count.</summary>
public class TypedCellTests
{
    private static readonly double March2012 = new DateTime(2012, 3, 1).ToOADate();

    /// <summary>A one-row return whose column (E duration, F funding) holds a typed cell with the given format.</summary>
    private static ReturnRow Read(char column, string cellXml, string? format, bool date1904 = false) => Check(column, cellXml, format, date1904).Rows.Single();

    private static ReturnCheck Check(char column, string cellXml, string? format, bool date1904 = false)
    {
        string Text(char c, string text) => $"<c r=\"{c}7\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>";
        var cells = new[] { Text('A', "Albania"), Text('B', "Training"), Text('C', "Training for police"), Text('D', "IOM"),
            column == 'E' ? cellXml : Text('E', "2011"), column == 'F' ? cellXml : Text('F', "1.000 EUR") };
        var xlsx = RawXlsx.Return("Austria", "2012-2").RawRow($"<row r=\"7\">{string.Concat(cells)}</row>");
        if (format is not null) xlsx.NumberFormats(format);
        xlsx.Date1904 = date1904;
        return ReturnChecker.Check(new MemoryStream(xlsx.Build()), "typed.xlsx");
    }

    private static string Number(char column, double value, string? type = null, string? formula = null) =>
        $"<c r=\"{column}7\" s=\"1\"{(type is null ? "" : $" t=\"{type}\"")}>{(formula is null ? "" : $"<f>{formula}</f>")}<v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    [Theory]
    [InlineData("#,##0 \"SEK\"", "SEK", "3,500,000 SEK")]
    [InlineData("#,##0\\ [$kr-41D]", "SEK", null)]
    [InlineData("#,##0 [$kr-406]", "DKK", null)]
    [InlineData("[$£-809]#,##0", "GBP", null)]
    [InlineData("[$$-409]#,##0.00", "USD", null)]
    [InlineData("#,##0 [$CHF-807]", "CHF", null)]
    [InlineData("\"$\"#,##0", "USD", null)]
    [InlineData("#,##0 \"CHF\"", "CHF", null)]
    public void A_number_in_another_currency_is_other_currency_with_its_amount(string format, string currency, string? shown)
    {
        var check = Check('F', Number('F', 3_500_000), format);
        var funding = check.Rows.Single().Funding;
        Assert.Equal(FundingKind.OtherCurrency, funding.Kind);
        Assert.Null(funding.AmountEur);
        Assert.Equal(new Money(3_500_000m, CurrencyCode.FromReading(currency)), funding.Original);
        if (shown is not null) Assert.Equal(shown, funding.Raw);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FundingOtherCurrency && f.Cell?.ToString() == "F7" && f.Severity == FindingSeverity.Warning);
        using var document = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(funding, ReturnJson.Options));
        Assert.Equal(currency, document.RootElement.GetProperty("originalCurrency").GetString());
        Assert.Equal(3_500_000m, document.RootElement.GetProperty("originalAmount").GetDecimal());
    }

    [Theory]
    [InlineData("#,##0 €")]
    [InlineData("[$€-x-euro2] #,##0")]
    [InlineData("#,##0 [$€-407]")]
    [InlineData("#,##0 \"EUR\"")]
    [InlineData("#,##0")]
    public void A_number_in_euro_is_an_amount(string format)
    {
        var funding = Read('F', Number('F', 3_500_000), format).Funding;
        Assert.Equal(FundingKind.Amount, funding.Kind);
        Assert.Equal(3_500_000m, funding.AmountEur);
    }

    [Fact]
    public void A_percentage_is_a_share_not_an_amount()
    {
        var check = Check('F', Number('F', 0.25), "0%");
        var funding = check.Rows.Single().Funding;
        Assert.Equal("25%", funding.Raw);
        Assert.Null(funding.AmountEur);
        Assert.NotEqual(FundingKind.Amount, funding.Kind);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FundingShare && f.Cell?.ToString() == "F7" && f.Message.Contains("a share, not an amount"));
    }

    [Theory]
    [InlineData("#,##0 [$XYZ-ZZZZ]")]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy")]
    [InlineData("#,##0.00;;;\"")]
    [InlineData("[Red][<0]#,##0;[$kr-FFFFFF]#,##0")]
    [InlineData("0.0E+00 \"units\"")]
    public void An_odd_format_never_crashes_and_keeps_a_text(string format)
    {
        var check = Check('F', Number('F', 1234), format);
        var funding = check.Rows.Single().Funding;
        Assert.False(string.IsNullOrEmpty(funding.Raw));
    }

    [Theory]
    [InlineData("mmm-yy", "2012-03", "Mar-12")]
    [InlineData("mmmm yyyy", "2012-03", "March 2012")]
    [InlineData("mm/yyyy", "2012-03", "03/2012")]
    [InlineData("yyyy", "2012", "2012")]
    [InlineData("dd/mm/yyyy", "2012-03-01", "01/03/2012")]
    [InlineData("d mmmm yyyy", "2012-03-01", "1 March 2012")]
    public void A_date_cell_is_as_precise_as_its_format(string format, string expected, string shown)
    {
        var duration = Read('E', Number('E', March2012), format).Duration;
        Assert.Equal(shown, duration.Raw);
        Assert.Equal(expected, duration.Start?.ToString());
        Assert.Equal(expected, duration.End?.ToString());
    }

    [Fact]
    public void An_iso_date_cell_uses_its_number_format()
    {
        var duration = Read('E', "<c r=\"E7\" s=\"1\" t=\"d\"><v>2012-03-01T00:00:00</v></c>", "mmmm yyyy").Duration;
        Assert.Equal("March 2012", duration.Raw);
        Assert.Equal("2012-03", duration.Start?.ToString());
    }

    [Fact]
    public void A_1904_workbook_keeps_its_dates()
    {
        var duration = Read('E', Number('E', March2012 - 1462), "dd/mm/yyyy", date1904: true).Duration;
        Assert.Equal("2012-03-01", duration.Start?.ToString());
    }

    [Fact]
    public void A_formula_with_a_cached_number_is_that_number_and_says_so()
    {
        var check = Check('F', Number('F', 4500, formula: "1500*3"), "#,##0");
        Assert.Equal(4500m, check.Rows.Single().Funding.AmountEur);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.CellFormula && f.Cell?.ToString() == "F7" && f.Message.Contains("\"4,500\" was used"));
    }

    [Theory]
    [InlineData("<c r=\"F7\"><f>SUM(X1:X9)</f></c>")]
    [InlineData("<c r=\"F7\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")]
    [InlineData("<c r=\"F7\" t=\"e\"><v>#VALUE!</v></c>")]
    public void A_formula_without_a_number_is_not_an_amount(string cell)
    {
        var funding = Read('F', cell, null).Funding;
        Assert.NotEqual(FundingKind.Amount, funding.Kind);
        Assert.Null(funding.AmountEur);
    }

    [Fact]
    public void A_symbol_several_currencies_share_is_not_euro_and_is_said_to_be_unsure()
    {
        var currency = NumberFormatCode.Currency("#,##0 \"kr\"")!.Value;
        Assert.False(currency.Known);
        Assert.Contains(currency.Code, new[] { "DKK", "NOK", "SEK", "ISK" });
        var check = Check('F', Number('F', 100_000), "#,##0 \"kr\"");
        Assert.Equal(FundingKind.OtherCurrency, check.Rows.Single().Funding.Kind);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.CellNumberFormat && f.Cell?.ToString() == "F7" && f.Message.Contains("several currencies"));
    }

    [Theory]
    [InlineData("#,##0 \"SEK\"", "SEK")]
    [InlineData("#,##0\\ [$kr-41D]", "SEK")]
    [InlineData("[$€-407] #,##0", "EUR")]
    [InlineData("[$-407]d. mmmm yyyy", null)]
    [InlineData("0.00", null)]
    [InlineData("#,##0 \"units\"", null)]
    public void Currencies_come_from_the_platform(string format, string? code) =>
        Assert.Equal(code, NumberFormatCode.Currency(format)?.Code);
}
