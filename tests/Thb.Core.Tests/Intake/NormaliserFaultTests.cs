using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Normalising;
using Thb.Normalising.Durations;

namespace Thb.Tests.Intake;

/// <summary>A fault inside a normaliser is a finding at its cell, with the text kept; never a silent "unparseable".</summary>
public class NormaliserFaultTests
{
    private static ReturnCheck Check(params string?[] row) =>
        ReturnChecker.Check(new MemoryStream(RawXlsx.Return("Austria", "2011-1", row).Build()), "test.xlsx");

    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "B")]
    [InlineData(4, "E")]
    [InlineData(5, "F")]
    public void A_fault_in_a_normaliser_is_an_internal_error_finding_at_its_cell(int column, string letter)
    {
        string?[] row = ["Albania", "Training", "Training of border police", "IOM", "2010", "10.000 EUR"];
        row[column] = "Kaboom " + letter;
        using var _ = FaultInjection.Arm(raw => raw.StartsWith("Kaboom", StringComparison.Ordinal));

        var check = Check(row);

        var finding = Assert.Single(check.Findings, f => f.Code == FindingCodes.RowInternalError);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.StartsWith(letter, finding.Cell?.ToString());
        Assert.Contains("fault on our side", finding.Message);
        Assert.Contains("System.InvalidOperationException", finding.Message);
        Assert.DoesNotContain(check.Findings, f => f.Code is FindingCodes.DurationUnparseable or FindingCodes.RowPlaceUnrecognised);
        var read = Assert.Single(check.Rows);
        Assert.Contains("Kaboom " + letter, new[] { read.CountryRegion.Raw, read.Form.Raw, read.Duration.Raw, read.Funding.Raw });
        Assert.True(check.Status.IsAccepted());
    }

    [Fact]
    public void Without_a_fault_the_same_row_has_no_internal_error()
    {
        var check = Check("Albania", "Training", "Training of border police", "IOM", "2010", "10.000 EUR");
        Assert.DoesNotContain(check.Findings, f => f.Code == FindingCodes.RowInternalError);
    }

    [Fact]
    public void Read_carries_the_fault_and_Normalise_throws_it()
    {
        using var _ = FaultInjection.Arm(raw => raw == "2010");
        var read = DurationNormaliser.Read("2010");
        Assert.True(read.IsInternalError);
        Assert.Equal(ReadFailureKind.InternalError, read.Failure!.Kind);
        Assert.Equal("System.InvalidOperationException", read.Failure.ExceptionType);
        Assert.Equal("2010", read.Value.Raw);
        Assert.Throws<NormalisingFaultException>(() => DurationNormaliser.Normalise("2010"));
        Assert.Equal(DurationKind.Range, DurationNormaliser.Normalise("2010-2011").Kind);
    }
}
