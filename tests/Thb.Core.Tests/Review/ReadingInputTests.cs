using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Review.Corrections;

namespace Thb.Tests.Review;

public class ReadingInputTests
{
    [Fact]
    public void Places_are_codes_or_names_of_the_catalogue()
    {
        var reading = ReadingInput.Places("AT, UNODC", out var problem)!;
        Assert.Null(problem);
        Assert.Equal(ReadingField.Places, reading.Field);
        Assert.Equal([new Place(PlaceKind.Country, "Austria", "AT"), new Place(PlaceKind.Organisation, "UNODC", null)], reading.Places!);
        Assert.Contains(ReadingInput.Places("Western Balkans", out _)!.Places!, p => p.Kind == PlaceKind.Region);
    }

    [Theory]
    [InlineData("ZZ", "'ZZ' is not a country code")]
    [InlineData("AT,Atlantis", "'Atlantis' is neither")]
    [InlineData(" , ", "at least one place")]
    public void Unknown_places_are_refused(string text, string reason)
    {
        Assert.Null(ReadingInput.Places(text, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Durations_ranges_open_ends_and_single_dates()
    {
        var range = ReadingInput.Duration("2012-03..2012-06", out _)!.Duration!;
        Assert.Equal((DurationKind.Range, new PartialDate(2012, 3), new PartialDate(2012, 6), false), (range.Kind, range.Start!.Value, range.End!.Value, range.Ongoing));
        var open = ReadingInput.Duration("2012..", out _)!.Duration!;
        Assert.Equal((DurationKind.OpenEnded, true), (open.Kind, open.Ongoing));
        Assert.Equal(DurationKind.Single, ReadingInput.Duration("2012-03-01", out _)!.Duration!.Kind);
    }

    [Theory]
    [InlineData("2012-13..2012-14")]
    [InlineData("March 2012")]
    [InlineData("2012-06..2012-03")]
    [InlineData("2012..2013..2014")]
    public void Malformed_durations_are_refused(string text)
    {
        Assert.Null(ReadingInput.Duration(text, out var problem));
        Assert.Contains(text, problem);
    }

    [Fact]
    public void Funding_amounts_ranges_and_kinds()
    {
        Assert.Equal((FundingKind.Amount, 12000m), (ReadingInput.Funding("12000", out _)!.Funding!.Kind, ReadingInput.Funding("12000", out _)!.Funding!.AmountEur!.Value));
        var range = ReadingInput.Funding("10000..20000", out _)!.Funding!;
        Assert.Equal((FundingKind.Range, 10000m, 20000m), (range.Kind, range.MinEur!.Value, range.MaxEur!.Value));
        Assert.Equal(FundingKind.NonMonetary, ReadingInput.Funding("non-monetary", out _)!.Funding!.Kind);
        Assert.Null(ReadingInput.Funding("lots", out var problem));
        Assert.Contains("'lots'", problem);
        Assert.Null(ReadingInput.Funding("20000..10000", out _));
    }

    [Fact]
    public void Forms_are_categories_by_their_contract_names()
    {
        Assert.Equal(ActionCategory.Training, ReadingInput.Form("training", out _)!.Category);
        Assert.Null(ReadingInput.Form("workshops", out var problem));
        Assert.Contains("victim-support", problem);
    }
}
