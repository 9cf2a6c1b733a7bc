using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Normalising.Tests;

/// <summary>The JSON contract spells these enums' members in kebab case: renaming a member renames the contract, so
/// the names are pinned here (extend, never rename).</summary>
public class ContractNamesTests
{
    [Fact]
    public void Duration_kinds() =>
        Assert.Equal(["range", "single", "open-ended", "recurring", "unparseable", "empty"], Enum.GetValues<DurationKind>().Select(ContractNames.Of));

    [Fact]
    public void Funding_kinds() =>
        Assert.Equal(["amount", "range", "non-monetary", "not-available", "placeholder", "empty", "other-currency"], Enum.GetValues<FundingKind>().Select(ContractNames.Of));

    [Fact]
    public void Place_kinds() =>
        Assert.Equal(["country", "region", "organisation"], Enum.GetValues<PlaceKind>().Select(ContractNames.Of));

    [Fact]
    public void Action_categories_and_the_names_of_forms_json()
    {
        Assert.Equal(
            ["agreement", "victim-support", "return-and-reintegration", "training", "awareness-raising", "prevention", "law-enforcement",
             "judicial-cooperation", "capacity-building", "research", "policy", "funding", "coordination", "other"],
            ActionCategories.All.Select(ContractNames.Of));
        Assert.Equal(
            EmbeddedData.Load("Forms/Data/forms.json", FormRecord.From).Entries.Select(e => e.Category),
            FormKeywords.Instance.Categories.Select(ContractNames.Of));
    }
}
