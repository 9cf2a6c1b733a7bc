using Thb.Intake.Findings;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Intake.Returns;
using Thb.Templates;
using Thb.Tests.Intake;

namespace Thb.Tests.Templates;

/// <summary>What the Instructions promise, and how the reader takes the template's helper columns.</summary>
public class TemplateReadingTests
{
    [Fact]
    public void Every_well_written_example_reads_as_dates_or_an_amount()
    {
        Assert.Contains(TemplateExamples.All, e => e.Column == ReturnColumn.Duration);
        Assert.Contains(TemplateExamples.All, e => e.Column == ReturnColumn.Funding);
        foreach (var example in TemplateExamples.All)
        {
            if (example.Column == ReturnColumn.Duration)
            {
                var good = DurationNormaliser.Normalise(example.Good);
                Assert.True(good.Kind is DurationKind.Range or DurationKind.Single or DurationKind.OpenEnded, example.Good);
                Assert.NotNull(good.Start);
            }
            else
            {
                var good = FundingNormaliser.Normalise(example.Good);
                Assert.True(good.Kind is FundingKind.Amount or FundingKind.NotAvailable, example.Good);
            }
        }
        // The poor ones show the problems named beside them.
        Assert.Equal("placeholder: no amount", TemplateExamples.ReadsAs(ReturnColumn.Funding, "XX"));
        Assert.EndsWith("SEK: no EUR amount", TemplateExamples.ReadsAs(ReturnColumn.Funding, "2,730 MSEK"));
        Assert.Equal("recurring, no dates", TemplateExamples.ReadsAs(ReturnColumn.Duration, "on regular basis"));
        Assert.Equal("2011-06 to 2011-08", TemplateExamples.ReadsAs(ReturnColumn.Duration, "To be published Summer 2011"));
    }

    private static readonly string[] Headers =
        [.. RawXlsx.AnnexHeaders, "Start date", "End date", "Ongoing", "Amount in EUR"];

    private static ReturnCheck Check(params string[] rowXml)
    {
        var x = new RawXlsx().Sheet("Return").Row(3, "Delegation", "Austria").Row(4, "Reporting cycle", "2012-1").Row(6, Headers);
        foreach (var row in rowXml) x.RawRow(row);
        return ReturnChecker.Check(new MemoryStream(x.Build()), "filled.xlsx");
    }

    private static string Text(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static string Number(string reference, double value) => $"<c r=\"{reference}\"><v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    [Fact]
    public void A_date_serial_without_a_date_format_in_a_date_column_reads_as_that_date()
    {
        // 40238 is 1 March 2010, 40724 is 30 June 2011: what a writer that drops the column's format leaves behind.
        var check = Check($"<row r=\"7\">{Text("A7", "Serbia")}{Text("C7", "Training of judges")}{Number("G7", 40238)}{Number("H7", 40724)}{Text("I7", "No")}</row>");
        var duration = Assert.Single(check.Rows).Duration;
        Assert.Equal(DurationKind.Range, duration.Kind);
        Assert.Equal("2010-03-01", duration.Start?.ToString());
        Assert.Equal("2011-06-30", duration.End?.ToString());
        // With no Duration text, the shown text is made from the dates, not from the serial numbers.
        Assert.Equal("2010-03-01 – 2011-06-30", duration.Raw);
    }

    [Fact]
    public void Helper_cells_take_precedence_over_the_texts_and_a_disagreement_is_pointed_out()
    {
        var check = Check(
            $"<row r=\"7\">{Text("A7", "Serbia")}{Text("C7", "Training")}{Text("E7", "2010")}{Text("F7", "about 40.000 EUR")}{Number("G7", 40238)}{Text("I7", "Yes")}{Number("J7", 45000)}</row>",
            $"<row r=\"8\">{Text("A8", "Kenya")}{Text("C8", "Campaign")}{Text("E8", "since 2009, ongoing")}{Text("F8", "45.000 EUR (co-financed)")}{Number("J8", 45000)}</row>");
        Assert.True(check.Status.IsAccepted());

        var first = check.Rows[0];
        Assert.Equal(DurationKind.OpenEnded, first.Duration.Kind);
        Assert.Equal("2010-03-01", first.Duration.Start?.ToString());
        Assert.Equal("2010", first.Duration.Raw);
        Assert.Equal(45000m, first.Funding.AmountEur);
        Assert.Equal("about 40.000 EUR", first.Funding.Raw);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FundingHelperConflict && f.Cell?.ToString() == "F7");

        // Agreeing cells: the text's reading stands, with its note.
        var second = check.Rows[1];
        Assert.Equal(45000m, second.Funding.AmountEur);
        Assert.Equal(FundingNormaliser.Normalise("45.000 EUR (co-financed)"), second.Funding);
        Assert.DoesNotContain(check.Findings, f => f.Code == FindingCodes.FundingHelperConflict && f.Cell?.ToString() == "F8");
    }
}
