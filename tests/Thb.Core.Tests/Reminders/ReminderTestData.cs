using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;

namespace Thb.Tests.Reminders;

internal static class ReminderTestData
{
    public static readonly DateOnly Deadline = new(2026, 6, 15);

    public static Cycle Cycle(CycleState state = CycleState.Open, string? owner = "presidency@example.eu") =>
        new(CycleId.Parse("2026-1"), "THB 2026 first half", Deadline, state, [14, 7, 2], OwnerEmail: owner);

    public static Contributor Contributor(string id, params string[] emails) =>
        new(ContributorId.Parse(id), char.ToUpperInvariant(id[0]) + id[1..], ContributorKind.MemberState, 1, emails);

    public static Submission Submission(string contributor, ReturnStatus status, params Finding[] findings) =>
        new(CycleId.Parse("2026-1"), ContributorId.Parse(contributor), SubmissionId.Parse("s1"), $"2026-1/{contributor}/return.xlsx", "return.xlsx", "etag", new string('0', 64), 1000,
            new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 10, 8, 0, 5, TimeSpan.Zero),
            status, 3, findings.Count(f => f.Severity == FindingSeverity.Error), findings.Count(f => f.Severity == FindingSeverity.Warning), false, null, null, findings);

    public static ContributorStatus Status(Contributor contributor, Cycle cycle, Submission? current = null, Submission? latest = null) =>
        new(contributor, contributor.DeadlineIn(cycle), current, latest ?? current);

    /// <summary>An instant given as Brussels local time.</summary>
    public static DateTimeOffset Brussels(int year, int month, int day, int hour, int minute = 0) =>
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), BrusselsTime.Zone), TimeSpan.Zero);
}
