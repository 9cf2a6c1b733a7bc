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
    public static object Of(Contributor c, Cycle cycle) => c.Sections.Count == 0 ? Plain(c, cycle) : new
    {
        id = c.Id,
        name = c.Name,
        kind = Thb.Json.KebabCase.Of(c.Kind),
        order = c.Order,
        emails = c.Emails,
        deadline = c.DeadlineIn(cycle).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        sections = c.Sections.Select(s => s.Text).ToList(),
    };

    private static object Plain(Contributor c, Cycle cycle) => new
    {
        id = c.Id,
        name = c.Name,
        kind = Thb.Json.KebabCase.Of(c.Kind),
        order = c.Order,
        emails = c.Emails,
        deadline = c.DeadlineIn(cycle).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        language = c.Language.Code,
    };
}
