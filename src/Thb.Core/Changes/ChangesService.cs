using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Changes;

/// <summary>
/// Compares a cycle's current rows with its predecessor's (<see cref="Cycle.PreviousCycleId"/>), contributor by
/// contributor (same id in both cycles): what `thb diff`, the annex and the Presidency's digest show.
/// </summary>
public sealed class ChangesService(CycleService cycles, SubmissionQueries queries, RowStore rows)
{
    /// <summary>The changes of a cycle, or null when it names no predecessor.</summary>
    public async Task<CycleChanges?> CompareAsync(Cycle cycle, ContributorId? contributorId = null, CancellationToken cancellationToken = default)
    {
        if (cycle.PreviousCycleId is null) return null;
        var current = new List<(Contributor, IReadOnlyList<ReturnRow>?)>();
        foreach (var status in await queries.StatusAsync(cycle, cancellationToken))
        {
            if (contributorId is not null && status.Contributor.Id != contributorId) continue;
            current.Add((status.Contributor, status.Current is { } s ? await rows.ReadAsync(s, cancellationToken) : null));
        }
        return await CompareAsync(cycle, current, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The changes of rows already read (the annex passes the rows it compiles, so both agree): per contributor its
    /// current rows, or null without an accepted return; <paramref name="previousStatuses"/>, the predecessor's statuses
    /// when already read (the annex fingerprints them). Null when the cycle names no predecessor.
    /// </summary>
    public async Task<CycleChanges?> CompareAsync(Cycle cycle, IReadOnlyList<(Contributor Contributor, IReadOnlyList<ReturnRow>? Rows)> current,
        IReadOnlyList<ContributorStatus>? previousStatuses = null, CancellationToken cancellationToken = default)
    {
        if (cycle.PreviousCycleId is not { } previousId) return null;
        previousStatuses ??= await queries.StatusAsync(await cycles.RequireAsync(previousId, cancellationToken), cancellationToken);
        var before = previousStatuses.ToDictionary(s => s.Contributor.Id);
        var result = new List<ContributorChanges>();
        foreach (var (contributor, now) in current)
        {
            var earlier = before.GetValueOrDefault(contributor.Id)?.Current is { } s ? await rows.ReadAsync(s, cancellationToken) : null;
            result.Add(now is null
                ? new ContributorChanges(contributor, Compared: false, earlier is not null, [])
                : new ContributorChanges(contributor, Compared: true, earlier is not null, RowMatcher.Match(now, earlier ?? [])));
        }
        return new CycleChanges(cycle.Id, previousId, result);
    }

    public async Task<CycleChanges?> CompareAsync(CycleId cycleId, ContributorId? contributorId = null, CancellationToken cancellationToken = default) =>
        await CompareAsync(await cycles.RequireAsync(cycleId, cancellationToken), contributorId, cancellationToken);
}
