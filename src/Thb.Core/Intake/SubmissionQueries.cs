using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Intake;

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
    public async Task<IReadOnlyList<ReturnRow>> CurrentRowsAsync(Cycle cycle, string? contributorId = null, CancellationToken cancellationToken = default)
    {
        var result = new List<ReturnRow>();
        foreach (var status in await StatusAsync(cycle, cancellationToken))
        {
            if (contributorId is not null && status.Contributor.Id != contributorId) continue;
            if (status.Current is { } current) result.AddRange(await rows.ReadAsync(current, cancellationToken));
        }
        return result;
    }

    /// <summary>A contributor's submission, or null.</summary>
    public Task<Submission?> SubmissionAsync(string cycleId, string contributorId, string submissionId, CancellationToken cancellationToken = default) =>
        submissions.GetAsync(cycleId, contributorId, submissionId, cancellationToken);

    public Task<IReadOnlyList<Submission>> HistoryAsync(string cycleId, string contributorId, CancellationToken cancellationToken = default) =>
        submissions.HistoryAsync(cycleId, contributorId, cancellationToken);
}
