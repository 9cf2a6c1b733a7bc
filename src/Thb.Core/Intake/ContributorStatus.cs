using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Intake;

public enum SubmissionState
{
    None,
    Accepted,
    AcceptedWithWarnings,
    Rejected,
}

/// <summary>Where a contributor stands in a cycle: its current accepted return, and its latest upload whatever the verdict.</summary>
public sealed record ContributorStatus(Contributor Contributor, DateOnly Deadline, Submission? Current, Submission? Latest)
{
    public SubmissionState State => (Current ?? Latest)?.Status switch
    {
        null => SubmissionState.None,
        ReturnStatus.Accepted => SubmissionState.Accepted,
        ReturnStatus.AcceptedWithWarnings => SubmissionState.AcceptedWithWarnings,
        _ => SubmissionState.Rejected,
    };

    public bool HasAccepted => Current is not null;

    /// <summary>True when the latest upload was rejected while an earlier accepted one stays current.</summary>
    public bool LatestRejectedButCurrentKept => Current is not null && Latest is not null && Latest.Id != Current.Id && !Latest.Status.IsAccepted();

    public static string ToText(SubmissionState state) => state switch
    {
        SubmissionState.Accepted => "accepted",
        SubmissionState.AcceptedWithWarnings => "accepted-with-warnings",
        SubmissionState.Rejected => "rejected",
        _ => "none",
    };
}

/// <summary>Reads who has submitted what: the status table, the current rows. Shared by the CLI, the annex, reminders and the portal.</summary>
public sealed class SubmissionQueries(CycleStore cycles, SubmissionStore submissions, RowStore rows)
{
    public async Task<IReadOnlyList<ContributorStatus>> StatusAsync(Cycle cycle, CancellationToken cancellationToken = default)
    {
        var contributors = await cycles.ContributorsAsync(cycle.Id, cancellationToken);
        var all = (await submissions.ForCycleAsync(cycle.Id, cancellationToken)).ToDictionary(s => (s.ContributorId, s.Id));
        return contributors.Select(c => new ContributorStatus(
                c.Contributor,
                c.Contributor.DeadlineIn(cycle),
                c.Pointers.CurrentSubmissionId is { } current ? all.GetValueOrDefault((c.Contributor.Id, current)) : null,
                c.Pointers.LastSubmissionId is { } last ? all.GetValueOrDefault((c.Contributor.Id, last)) : null))
            .ToList();
    }

    /// <summary>Every current row of the cycle (or of one contributor), in protocol order then sheet order.</summary>
    public async Task<IReadOnlyList<RowDocument>> CurrentRowsAsync(Cycle cycle, string? contributorId = null, CancellationToken cancellationToken = default)
    {
        var result = new List<RowDocument>();
        foreach (var status in await StatusAsync(cycle, cancellationToken))
        {
            if (contributorId is not null && status.Contributor.Id != contributorId) continue;
            if (status.Current is { } current) result.AddRange(await rows.ReadAsync(current, cancellationToken));
        }
        return result;
    }

    public Task<IReadOnlyList<Submission>> HistoryAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default) =>
        submissions.HistoryAsync(cycleId, contributorId, cancellationToken);
}
