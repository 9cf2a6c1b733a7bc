using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Normalising.Funding;

namespace Thb.Tests.Intake;

/// <summary>Funding text that is no amount gets a warning a delegation can act on, at its cell.</summary>
public class FundingTextFindingTests
{
    private static ReturnCheck Check(string funding) =>
        ReturnChecker.Check(new MemoryStream(RawXlsx.Return("Austria", "2011-1", ["Albania", "Training", "Training of border police", "IOM", "2010", funding]).Build()), "test.xlsx");

    [Theory]
    [InlineData("25%")]
    [InlineData("25 Prozent")]
    [InlineData("25 pour cent")]
    public void A_share_is_the_warning_a_share_not_an_amount(string funding)
    {
        var check = Check(funding);
        var finding = Assert.Single(check.Findings, f => f.Code == FindingCodes.FundingShare);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.StartsWith("F", finding.Cell?.ToString());
        Assert.Contains("a share, not an amount", finding.Message);
        var row = Assert.Single(check.Rows);
        Assert.Equal(FundingKind.NonMonetary, row.Funding.Kind);
        Assert.Null(row.Funding.AmountEur);
    }

    [Theory]
    [InlineData("-2+3")]
    [InlineData("=1+1")]
    [InlineData("2*3")]
    public void A_calculation_is_a_warning_and_no_amount(string funding)
    {
        var check = Check(funding);
        Assert.Single(check.Findings, f => f.Code == FindingCodes.FundingCalculation);
        Assert.Null(Assert.Single(check.Rows).Funding.AmountEur);
    }

    [Fact]
    public void An_amount_with_a_share_in_brackets_has_neither_warning()
    {
        var check = Check("40.000 EUR (80%)");
        Assert.DoesNotContain(check.Findings, f => f.Code is FindingCodes.FundingShare or FindingCodes.FundingCalculation);
        Assert.Equal(40000m, Assert.Single(check.Rows).Funding.AmountEur);
    }
}
