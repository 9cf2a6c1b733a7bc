namespace Thb.Normalising.Forms;

public static class ActionCategories
{
    public static IReadOnlyList<ActionCategory> All { get; } = Enum.GetValues<ActionCategory>();

    public static string ToJson(ActionCategory category) => category switch
    {
        ActionCategory.Agreement => "agreement",
        ActionCategory.VictimSupport => "victim-support",
        ActionCategory.ReturnAndReintegration => "return-and-reintegration",
        ActionCategory.Training => "training",
        ActionCategory.AwarenessRaising => "awareness-raising",
        ActionCategory.Prevention => "prevention",
        ActionCategory.LawEnforcement => "law-enforcement",
        ActionCategory.JudicialCooperation => "judicial-cooperation",
        ActionCategory.CapacityBuilding => "capacity-building",
        ActionCategory.Research => "research",
        ActionCategory.Policy => "policy",
        ActionCategory.Funding => "funding",
        ActionCategory.Coordination => "coordination",
        _ => "other",
    };

    public static ActionCategory FromJson(string value) =>
        All.FirstOrDefault(c => ToJson(c) == value, ActionCategory.Other);

    /// <summary>The label a person reads in a template drop-down or an annex view (from <c>forms.json</c>).</summary>
    public static string Label(ActionCategory category) => FormKeywords.Instance.Labels[category];
}
