using System.Globalization;
using Thb.Cycles;

namespace Thb.Cli.Commands;

/// <summary>The shapes `thb cycle show --json` and `thb cycle list --json` print.</summary>
public static class CycleJson
{
    public static object Of(Cycle c) => new
    {
        id = c.Id,
        title = c.Title,
        state = Thb.Json.KebabCase.Of(c.State),
        deadline = c.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        reminders = c.ReminderOffsets,
        periodStart = c.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        periodEnd = c.PeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        owner = c.OwnerEmail,
        previous = c.PreviousCycleId,
    };

    /// <summary>A contributor; "sections" only for one that has them (the shape stays as it was for the others).</summary>
    public static object Of(Contributor c, Cycle cycle) => new ContributorJson(c.Id, c.Name, Thb.Json.KebabCase.Of(c.Kind), c.Order, c.Emails,
        c.DeadlineIn(cycle).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Language.Code,
        c.Sections.Count == 0 ? null : c.Sections.Select(s => s.Text).ToList());

    // Lower-case names: they are the JSON's, as the anonymous shapes above spell theirs.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "JSON member names")]
    private sealed record ContributorJson(string id, string name, string kind, int order, IReadOnlyList<string> emails, string deadline, string language,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? sections);
}
