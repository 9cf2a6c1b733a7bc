using Thb.Normalising.Forms;

namespace Thb.Normalising.Tests.Forms;

public class FormNormaliserTests
{
    [Theory]
    [InlineData("Training", ActionCategory.Training)]
    [InlineData("Awareness raising campaign", ActionCategory.AwarenessRaising)]
    [InlineData("Awarensess raising campaign", ActionCategory.AwarenessRaising)]
    [InlineData("Bilateral agreement", ActionCategory.Agreement)]
    [InlineData("Negotiations on a Cooperation Agreement ongoing", ActionCategory.Agreement)]
    [InlineData("Memorandum of Understanding", ActionCategory.Agreement)]
    [InlineData("Victim protection", ActionCategory.VictimSupport)]
    [InlineData("Victim support", ActionCategory.VictimSupport)]
    [InlineData("Readmission", ActionCategory.ReturnAndReintegration)]
    [InlineData("Prevention", ActionCategory.Prevention)]
    [InlineData("Operational police cooperation", ActionCategory.LawEnforcement)]
    [InlineData("Institution building", ActionCategory.CapacityBuilding)]
    [InlineData("Policymaking", ActionCategory.Policy)]
    [InlineData("Policy", ActionCategory.Policy)]
    [InlineData("Trainnig for judges", ActionCategory.Training)]
    [InlineData("Cooperation in the context of the Baltic Council", ActionCategory.Coordination)]
    [InlineData("Liaising with embassies and consulars of countries of origin in Austria", ActionCategory.Coordination)]
    [InlineData("Schulung von Grenzbeamten", ActionCategory.Training)]
    [InlineData("Study on trafficking routes", ActionCategory.Research)]
    [InlineData("ILAEIRA Plan", ActionCategory.Other)]
    public void Forms_are_read_into_categories(string raw, ActionCategory expected)
    {
        var form = FormNormaliser.Normalise(raw);
        Assert.Equal(expected, form.Category);
        Assert.Equal(raw, form.Raw);
    }

    [Fact]
    public void Every_drop_down_label_reads_as_its_own_category()
    {
        foreach (var category in ActionCategories.All)
            Assert.Equal(category, FormNormaliser.Normalise(ActionCategories.Label(category)).Category);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_form_has_no_category(string? raw)
    {
        var form = FormNormaliser.Normalise(raw);
        Assert.Null(form.Category);
        Assert.Equal(raw ?? "", form.Raw);
    }

    [Fact]
    public void Every_category_has_a_distinct_json_name_and_a_label()
    {
        var names = ActionCategories.All.Select(ContractNames.Of).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        var labels = ActionCategories.All.Select(ActionCategories.Label).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
    }
}
