using System.Text.RegularExpressions;

namespace Thb.Cycles;

public enum CycleState
{
    Open,
    Closed,
}

public enum ContributorKind
{
    MemberState,
    EuBody,
    Commission,
}

public static partial class Identifiers
{
    /// <summary>Cycle and contributor ids are blob path segments and table keys: lower-case letters, digits and hyphens.</summary>
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    public static string Require(string? id, string what) =>
        IsValid(id) ? id! : throw new ArgumentException($"'{id}' is not a valid {what} id: use lower-case letters, digits and hyphens (e.g. 2012-2, czechia, eurojust).");

    /// <summary>An id made from a display name: "Czech Republic" → "czech-republic".</summary>
    public static string FromName(string name)
    {
        var folded = Thb.Intake.Returns.ReturnLayout.Normalise(name).Replace('/', ' ');
        var id = string.Join('-', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return id.Length > 63 ? id[..63].TrimEnd('-') : id;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}

public static class ContributorKinds
{
    public static string ToText(ContributorKind kind) => kind switch
    {
        ContributorKind.MemberState => "member-state",
        ContributorKind.EuBody => "eu-body",
        _ => "commission",
    };

    public static ContributorKind Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "member-state" or "member state" or "ms" => ContributorKind.MemberState,
        "eu-body" or "eu body" or "agency" => ContributorKind.EuBody,
        "commission" => ContributorKind.Commission,
        _ => throw new FormatException($"Unknown contributor kind '{text}': use member-state, eu-body or commission."),
    };
}

/// <summary>One delegation or EU body asked for a return in a cycle, with its place in the annex and its contacts.</summary>
public sealed record Contributor(string Id, string Name, ContributorKind Kind, int Order, IReadOnlyList<string> Emails, DateOnly? DeadlineOverride = null)
{
    /// <summary>The deadline that applies to this contributor (an extension moves it).</summary>
    public DateOnly DeadlineIn(Cycle cycle) => DeadlineOverride ?? cycle.Deadline;
}

/// <summary>A reporting cycle: what period it covers, when returns are due (a Brussels date) and when to remind.</summary>
public sealed record Cycle(
    string Id,
    string Title,
    DateOnly Deadline,
    CycleState State,
    IReadOnlyList<int> ReminderOffsets,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null,
    string? OwnerEmail = null,
    DateTimeOffset? OpenedAt = null,
    DateTimeOffset? ClosedAt = null)
{
    public static readonly IReadOnlyList<int> DefaultReminderOffsets = [14, 7, 2];

    public bool IsOpen => State == CycleState.Open;
}

/// <summary>Deadlines are Brussels dates: a return is on time until the end of that day in Europe/Brussels.</summary>
public static class BrusselsTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The first instant after the deadline day, in UTC.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(nextMidnight, Zone), TimeSpan.Zero);
    }

    public static DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTimeOffset ToBrussels(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static bool IsLate(DateTimeOffset uploadedAt, DateOnly deadline) => uploadedAt >= EndOfDay(deadline);
}
