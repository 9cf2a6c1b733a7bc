namespace Thb.Cycles;

/// <summary>One delegation or EU body asked for a return in a cycle, with its place in the annex and its contacts.</summary>
public sealed record Contributor(string Id, string Name, ContributorKind Kind, int Order, IReadOnlyList<string> Emails, DateOnly? DeadlineOverride = null)
{
    /// <summary>The deadline that applies to this contributor (an extension moves it).</summary>
    public DateOnly DeadlineIn(Cycle cycle) => DeadlineOverride ?? cycle.Deadline;
}
