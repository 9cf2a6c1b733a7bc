using Thb.Localisation;

namespace Thb.Cycles;

/// <summary>
/// One delegation or EU body asked for a return in a cycle, with its place in the annex, its contacts, the language
/// it reads us in (template, feedback, reminders; English unless set), and the titles of the sub-sections its part of
/// the annex is divided into (none for most).
/// </summary>
public sealed record Contributor(ContributorId Id, string Name, ContributorKind Kind, int Order, IReadOnlyList<string> Emails, DateOnly? DeadlineOverride = null,
    Language Language = default)
{
    /// <summary>The sub-sections, in the order the annex shows them (the Commission: one per Directorate-General).</summary>
    public IReadOnlyList<SectionTitle> Sections { get; init; } = [];

    /// <summary>The deadline that applies to this contributor (an extension moves it).</summary>
    public DateOnly DeadlineIn(Cycle cycle) => DeadlineOverride ?? cycle.Deadline;
}
