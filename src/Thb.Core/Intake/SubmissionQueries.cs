using Microsoft.Extensions.Options;
using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Intake;

/// <summary>Reads who has submitted what: the status table, the current rows. Shared by the CLI, the annex, reminders and the portal.</summary>
public sealed class SubmissionQueries(CycleStore cycles, SubmissionStore submissions, RowStore rows, UploadAttemptStore attempts,
    TimeProvider clock, IOptions<IntakeOptions> options)
{
    public async Task<IReadOnlyList<ContributorStatus>> StatusAsync(Cycle cycle, CancellationToken cancellationToken = default)
    {
        var contributors = await cycles.ContributorsAsync(cycle.Id, cancellationToken);
        var list = await submissions.ForCycleAsync(cycle.Id, cancellationToken);
        var all = list.ToDictionary(s => (s.ContributorId, s.Id));
        var newestUnchecked = (await UncheckedAsync(cycle.Id, null, list, cancellationToken))
            .GroupBy(u => u.ContributorId).ToDictionary(g => g.Key, g => g.MaxBy(u => u.UploadedAt)!);
        return contributors.Select(c =>
            {
                var latest = c.Pointers.LastSubmissionId is { } last ? all.GetValueOrDefault((c.Contributor.Id, last)) : null;
                var pending = newestUnchecked.GetValueOrDefault(c.Contributor.Id);
                return new ContributorStatus(
                    c.Contributor,
                    c.Contributor.DeadlineIn(cycle),
                    c.Pointers.CurrentSubmissionId is { } current ? all.GetValueOrDefault((c.Contributor.Id, current)) : null,
                    latest,
                    pending is not null && (latest is null || pending.UploadedAt > latest.UploadedAt) ? pending : null)
                {
                    Document = c.Pointers.CurrentDocumentId is { } document ? all.GetValueOrDefault((c.Contributor.Id, document)) : null,
                };
            })
            .ToList();
    }

    /// <summary>
    /// Every upload of the cycle (or of one contributor) whose intake began or failed without a recorded verdict, and
    /// where it stands. Read from the attempts alone (no listing): an upload no attempt ever reached is found by the
    /// sweep, which lists the uploads, once the reprocess bound has passed.
    /// </summary>
    public async Task<IReadOnlyList<UncheckedUpload>> UncheckedAsync(CycleId cycleId, ContributorId? contributorId = null, CancellationToken cancellationToken = default) =>
        await UncheckedAsync(cycleId, contributorId, await submissions.ForCycleAsync(cycleId, cancellationToken), cancellationToken);

    /// <summary>The recorded attempts of one contributor's uploads, by blob name.</summary>
    public async Task<IReadOnlyDictionary<string, UploadAttempt>> AttemptsAsync(CycleId cycleId, ContributorId contributorId, CancellationToken cancellationToken = default) =>
        (await attempts.ForCycleAsync(cycleId, contributorId, cancellationToken)).ToDictionary(a => a.BlobName, StringComparer.Ordinal);

    /// <summary>Where an upload without a verdict stands now (see <see cref="UploadAttempt.ProgressOf"/>).</summary>
    public UploadProgress ProgressOf(UploadAttempt? attempt, DateTimeOffset uploadedAt) =>
        UploadAttempt.ProgressOf(attempt, uploadedAt, clock.GetUtcNow(), options.Value.ReprocessAfter);

    private async Task<IReadOnlyList<UncheckedUpload>> UncheckedAsync(CycleId cycleId, ContributorId? contributorId, IReadOnlyList<Submission> verdicts,
        CancellationToken cancellationToken)
    {
        var withVerdict = verdicts.Select(s => s.BlobName).ToHashSet(StringComparer.Ordinal);
        return (await attempts.ForCycleAsync(cycleId, contributorId, cancellationToken))
            .Where(a => a.Progress != UploadProgress.Done && !withVerdict.Contains(a.BlobName))
            .Select(a => new UncheckedUpload(a.ContributorId, a.BlobName, a.UploadedAt, ProgressOf(a, a.UploadedAt), a.Problem))
            .ToList();
    }

    /// <summary>
    /// Every current row of the cycle (or of one contributor), in protocol order then sheet order; a sectioned
    /// contributor's rows sub-section after sub-section, in the registry's order (headings it does not list after).
    /// </summary>
    public async Task<IReadOnlyList<ReturnRow>> CurrentRowsAsync(Cycle cycle, ContributorId? contributorId = null, CancellationToken cancellationToken = default)
    {
        var result = new List<ReturnRow>();
        foreach (var status in await StatusAsync(cycle, cancellationToken))
        {
            if (contributorId is not null && status.Contributor.Id != contributorId) continue;
            if (status.Current is { } current) result.AddRange(InSectionOrder(await rows.ReadAsync(current, cancellationToken), status.Contributor.Sections));
        }
        return result;
    }

    /// <summary>Rows ordered by their section's place (stable within one): the known sections in order, a row without one under the first, unknown ones after.</summary>
    public static IReadOnlyList<ReturnRow> InSectionOrder(IReadOnlyList<ReturnRow> rows, IReadOnlyList<SectionTitle> sections)
    {
        if (sections.Count == 0 && rows.All(r => r.Section is null)) return rows;
        var titles = sections.ToList();
        foreach (var row in rows)
            if (row.Section is { } s && !titles.Any(t => t.Matches(s.Text))) titles.Add(s);
        return rows.OrderBy(r => r.Section is { } s ? titles.FindIndex(t => t.Matches(s.Text)) : 0).ToList();
    }

    /// <summary>A contributor's submission, or null.</summary>
    public Task<Submission?> SubmissionAsync(CycleId cycleId, ContributorId contributorId, SubmissionId submissionId, CancellationToken cancellationToken = default) =>
        submissions.GetAsync(cycleId, contributorId, submissionId, cancellationToken);

    public Task<IReadOnlyList<Submission>> HistoryAsync(CycleId cycleId, ContributorId contributorId, CancellationToken cancellationToken = default) =>
        submissions.HistoryAsync(cycleId, contributorId, cancellationToken);
}
