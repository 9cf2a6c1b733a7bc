using Thb.Workbooks;
using System.Text.Json;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.Json;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Portal;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Tests.Json;

/// <summary>
/// The enum members of the contract spell exactly the strings the hand-written switches wrote before the kebab-case
/// policy replaced them; the typed row survives a round trip through its JSON; unknown values fail with the allowed ones named.
/// </summary>
public class ContractSpellingTests
{
    [Fact]
    public void Every_enum_of_the_contract_spells_the_strings_of_before()
    {
        Assert.Equal(["accepted", "accepted-with-warnings", "rejected"], Names<ReturnStatus>());
        Assert.Equal(["info", "warning", "error"], Names<FindingSeverity>());
        Assert.Equal(["range", "single", "open-ended", "recurring", "unparseable", "empty"], Names<DurationKind>());
        Assert.Equal(["amount", "range", "non-monetary", "not-available", "placeholder", "empty", "other-currency"], Names<FundingKind>());
        Assert.Equal(["country", "region", "organisation"], Names<PlaceKind>());
        Assert.Equal(["member-state", "eu-body", "commission"], Names<ContributorKind>());
        Assert.Equal(["none", "accepted", "accepted-with-warnings", "rejected", "checking", "retrying", "failed"], Names<SubmissionState>());
        Assert.Equal(["pending", "accepted", "accepted-with-warnings", "rejected", "retrying", "failed", "waiting"], Names<UploadState>());
        Assert.Equal(["checking", "retrying", "failed", "done"], Names<UploadProgress>());
        Assert.Equal(["agreement", "victim-support", "return-and-reintegration", "training", "awareness-raising", "prevention", "law-enforcement",
            "judicial-cooperation", "capacity-building", "research", "policy", "funding", "coordination", "other"], Names<ActionCategory>());
    }

    [Fact]
    public void The_json_converter_and_the_text_spelling_agree()
    {
        foreach (var category in Enum.GetValues<ActionCategory>())
            Assert.Equal($"\"{KebabCase.Of(category)}\"", JsonSerializer.Serialize(category, ReturnJson.Compact));
        Assert.Equal(DurationKind.OpenEnded, JsonSerializer.Deserialize<DurationKind>("\"open-ended\"", ReturnJson.Compact));
    }

    [Fact]
    public void An_unknown_value_names_the_allowed_ones()
    {
        var e = Assert.Throws<FormatException>(() => KebabCase.Parse<ContributorKind>("agency", "contributor kind"));
        Assert.Equal("Unknown contributor kind 'agency': use member-state, eu-body or commission.", e.Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FundingKind>("\"money\"", ReturnJson.Compact));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FundingKind>("3", ReturnJson.Compact));
    }

    [Fact]
    public void A_typed_row_reads_back_as_it_was_written()
    {
        var row = new ReturnRow(9,
            new PlaceList("Kenia, UNODC", [new Place(PlaceKind.Country, "Kenya", "KE"), new Place(PlaceKind.Organisation, "UNODC", null)]),
            new ActionForm("Workshop", ActionCategory.Training),
            new RawText("Line one\r\nline two"),
            new RawText(""),
            new Duration("since March 2010", DurationKind.OpenEnded, new PartialDate(2010, 3), null, true),
            new FundingValue("100.000 SEK", FundingKind.OtherCurrency, null, null, null, null, new Money(100_000m, CurrencyCode.Parse("SEK"))),
            [Finding.Warning(FindingCodes.FundingOtherCurrency, "Not in euro.", "Return", new CellReference(9, 6))]);
        var json = JsonSerializer.Serialize(row, ReturnJson.Compact);
        Assert.Equal("{\"row\":9,\"countryRegion\":{\"raw\":\"Kenia, UNODC\",\"places\":[{\"kind\":\"country\",\"code\":\"KE\",\"name\":\"Kenya\"},{\"kind\":\"organisation\",\"name\":\"UNODC\"}]}," +
                     "\"form\":{\"raw\":\"Workshop\",\"category\":\"training\"},\"description\":{\"raw\":\"Line one\\r\\nline two\"},\"partner\":{\"raw\":\"\"}," +
                     "\"duration\":{\"raw\":\"since March 2010\",\"kind\":\"open-ended\",\"start\":\"2010-03\",\"end\":null,\"ongoing\":true}," +
                     "\"funding\":{\"raw\":\"100.000 SEK\",\"kind\":\"other-currency\",\"amountEur\":null,\"minEur\":null,\"maxEur\":null,\"note\":null,\"originalAmount\":100000,\"originalCurrency\":\"SEK\"}," +
                     "\"findings\":[{\"severity\":\"warning\",\"code\":\"row.funding-other-currency\",\"sheet\":\"Return\",\"cell\":\"F9\",\"message\":\"Not in euro.\"}]}", json);
        var back = JsonSerializer.Deserialize<ReturnRow>(json, ReturnJson.Compact)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, ReturnJson.Compact));
        Assert.Equal(new CellReference(9, 6), back.Findings[0].Cell);
        Assert.Equal(new Money(100_000m, CurrencyCode.Parse("SEK")), back.Funding.Original);
        Assert.Contains("\"contributor\":\"austria\"", JsonSerializer.Serialize(back with { Contributor = "austria" }, ReturnJson.Compact));
    }

    private static List<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => KebabCase.Of(v)).ToList();
}
