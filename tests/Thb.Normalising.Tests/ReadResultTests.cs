using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Normalising.Tests;

/// <summary>Every reader's entry point says why a text could not be read, and a fault of ours is a failure of its own kind.</summary>
public class ReadResultTests
{
    [Fact]
    public void Text_that_reads_is_a_success()
    {
        Assert.True(DurationNormaliser.Read("2010-2011").Succeeded);
        Assert.True(FundingNormaliser.Read("1.300 EUR").Succeeded);
        Assert.True(PlaceNormaliser.Read("Albania").Succeeded);
        Assert.True(FormNormaliser.Read("Training").Succeeded);
        Assert.True(DurationNormaliser.Read("").Succeeded);
        Assert.True(PlaceNormaliser.Read(null).Succeeded);
    }

    [Fact]
    public void Text_that_does_not_read_says_why()
    {
        var duration = DurationNormaliser.Read("Draft Agreement Finalised");
        Assert.Equal(ReadFailureKind.NotUnderstood, duration.Failure?.Kind);
        Assert.Equal(DurationKind.Unparseable, duration.Value.Kind);
        Assert.False(string.IsNullOrWhiteSpace(duration.Failure!.Message));
        Assert.Null(duration.Failure.ExceptionType);

        var places = PlaceNormaliser.Read("somewhere nice");
        Assert.Equal(ReadFailureKind.NotUnderstood, places.Failure?.Kind);
        Assert.True(places.Value.IsEmpty);
    }

    [Fact]
    public void A_fault_is_an_internal_error_with_the_exception_and_the_raw_text_kept()
    {
        using var _ = FaultInjection.Arm(raw => raw == "boom");
        foreach (var (failure, raw) in new (ReadFailure? Failure, string Raw)[]
                 {
                     (DurationNormaliser.Read("boom").Failure, DurationNormaliser.Read("boom").Value.Raw),
                     (FundingNormaliser.Read("boom").Failure, FundingNormaliser.Read("boom").Value.Raw),
                     (PlaceNormaliser.Read("boom").Failure, PlaceNormaliser.Read("boom").Value.Raw),
                     (FormNormaliser.Read("boom").Failure, FormNormaliser.Read("boom").Value.Raw),
                 })
        {
            Assert.Equal(ReadFailureKind.InternalError, failure?.Kind);
            Assert.Equal(typeof(InvalidOperationException).FullName, failure!.ExceptionType);
            Assert.Contains("boom", failure.Message);
            Assert.Equal("boom", raw);
        }

        Assert.Throws<NormalisingFaultException>(() => FundingNormaliser.Normalise("boom"));
        Assert.Throws<NormalisingFaultException>(() => PlaceNormaliser.Normalise("boom"));
        Assert.Throws<NormalisingFaultException>(() => FormNormaliser.Normalise("boom"));
        Assert.Throws<NormalisingFaultException>(() => DurationNormaliser.FromCells("boom", null, null, null));
        Assert.Equal(1300m, FundingNormaliser.Normalise("1.300 EUR").AmountEur);
    }

    [Fact]
    public async Task Faults_are_scoped_to_the_flow_that_armed_them()
    {
        using (FaultInjection.Arm(_ => true))
        {
            Assert.True(DurationNormaliser.Read("2010").IsInternalError);
            Task<bool> other;
            using (ExecutionContext.SuppressFlow())
            {
                other = Task.Run(() => DurationNormaliser.Read("2010").Succeeded);
            }

            Assert.True(await other);
        }

        Assert.True(DurationNormaliser.Read("2010").Succeeded);
    }
}
