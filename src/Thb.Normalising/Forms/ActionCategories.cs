namespace Thb.Normalising.Forms;

public static class ActionCategories
{
    public static IReadOnlyList<ActionCategory> All { get; } = Enum.GetValues<ActionCategory>();

    /// <summary>The label a person reads in a template drop-down or an annex view (from <c>forms.json</c>).</summary>
    public static string Label(ActionCategory category) => FormKeywords.Instance.Labels[category];
}
