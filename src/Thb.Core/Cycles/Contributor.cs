using Thb.Localisation;

namespace Thb.Cycles;

/// <summary>
/// One delegation or EU body asked for a return in a cycle, with its place in the annex, its contacts and the language
/// it reads us in (template, feedback, reminders; English unless set).
/// </summary>
public sealed record Contributor(string Id, string Name, ContributorKind Kind, int Order, IReadOnlyList<string> Emails, DateOnly? DeadlineOverride = null,
    Language Language = default)
{
    /// <summary>The deadline that applies to this contributor (an extension moves it).</summary>
    public DateOnly DeadlineIn(Cycle cycle) => DeadlineOverride ?? cycle.Deadline;
}
