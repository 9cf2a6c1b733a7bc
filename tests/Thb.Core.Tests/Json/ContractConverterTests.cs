using System.Text.Json;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Workbooks;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Tests.Json;

/// <summary>
/// The hand-written converters of the row (ReturnRowJsonConverter, DurationJsonConverter, ActionFormJsonConverter) write
/// byte for byte what the serializer's reflection wrote for the same records, and read what they write, the optional
/// members included; reading follows the serializer's rules (any case, unknown members skipped, absent lists empty).
/// </summary>
public class ContractConverterTests
{
    private static readonly JsonSerializerOptions Reflection = WithoutHandWrittenRowConverters();

    public static TheoryData<string> Rows => new() { "plain", "sectioned", "corrected", "empty" };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_row_is_written_as_the_serializer_wrote_it_and_reads_back(string name)
    {
        var row = Row(name);
        var json = JsonSerializer.Serialize(row, ReturnJson.Compact);
        Assert.Equal(JsonSerializer.Serialize(row, Reflection), json);
        Assert.Equal(JsonSerializer.Serialize(row, ReturnJson.Options), JsonSerializer.Serialize(row, new JsonSerializerOptions(Reflection) { WriteIndented = true }));
        var back = JsonSerializer.Deserialize<ReturnRow>(json, ReturnJson.Compact)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, ReturnJson.Compact));
        Assert.Equal(row.Section, back.Section);
        Assert.Equal(row.Submission, back.Submission);
        Assert.Equal(row.Corrections?.Count, back.Corrections?.Count);
    }

    [Fact]
    public void Reading_takes_any_case_skips_unknown_members_and_gives_absent_lists_empty()
    {
        var back = JsonSerializer.Deserialize<ReturnRow>(
            "{\"Row\":4,\"FORM\":{\"raw\":\"Seminar\",\"category\":\"training\",\"later\":[1,{\"a\":2}]},\"comment\":{\"x\":1},\"duration\":{\"raw\":\"2010\",\"kind\":\"single\",\"start\":\"2010\",\"end\":\"2010\",\"ongoing\":false}}",
            ReturnJson.Compact)!;
        Assert.Equal(4, back.Row);
        Assert.Equal(ActionCategory.Training, back.Form.Category);
        Assert.Equal(new PartialDate(2010), back.Duration.Start);
        Assert.Empty(back.Findings);
        Assert.Empty(back.CountryRegion.Places);
        Assert.Equal("", back.Description.Raw);
    }

    [Fact]
    public void A_value_outside_the_contract_is_refused_with_the_allowed_ones_named()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReturnRow>("{\"form\":{\"raw\":\"x\",\"category\":\"picnic\"}}", ReturnJson.Compact));
        Assert.Contains("training", e.Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReturnRow>("{\"funding\":{\"raw\":\"1\",\"kind\":\"amount\",\"originalAmount\":5}}", ReturnJson.Compact));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReturnRow>("{\"duration\":{\"raw\":\"x\",\"kind\":\"range\",\"start\":\"March\"}}", ReturnJson.Compact));
    }

    private static ReturnRow Row(string name)
    {
        var row = new ReturnRow(12,
            new PlaceList("Nigeria; West Africa", [new Place(PlaceKind.Country, "Nigeria", "NG"), new Place(PlaceKind.Region, "West Africa", null)]),
            new ActionForm("Étude « pilote »", name == "empty" ? null : ActionCategory.Research),
            new RawText("Quotes \" and <tags> & accents é"),
            new RawText("IOM"),
            new Duration("2009 – 2011", DurationKind.Range, new PartialDate(2009), new PartialDate(2011, 12, 31), false),
            new FundingValue("EUR 1,5 million", FundingKind.Amount, 1_500_000m, null, null, "approx.", null),
            [Finding.Error(FindingCodes.FundingOtherCurrency, "Line\nbreak.", "Return", new CellReference(12, 6)), Finding.Info("x.y", "No cell.")]);
        return name switch
        {
            "sectioned" => row with { Section = new SectionTitle("Prevention"), Sheet = "Section 2", Contributor = "austria", Submission = "s-1" },
            "corrected" => row with
            {
                Corrections = [new RowCorrection("c1", ReadingField.Form, CorrectionSource.Correction, "typo", "presidency@example.eu", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), new ReadingBefore(Form: new ActionForm("Studie", null)))],
            },
            "empty" => new ReturnRow(3, new PlaceList("", []), new ActionForm("", null), new RawText(""), new RawText(""),
                new Duration("", DurationKind.Empty, null, null, false), new FundingValue("", FundingKind.Empty, null, null, null, null), []),
            _ => row,
        };
    }

    private static JsonSerializerOptions WithoutHandWrittenRowConverters()
    {
        var options = new JsonSerializerOptions(ReturnJson.Compact);
        foreach (var converter in options.Converters.Where(c => c is ReturnRowJsonConverter or DurationJsonConverter or ActionFormJsonConverter).ToList())
            options.Converters.Remove(converter);
        return options;
    }
}
