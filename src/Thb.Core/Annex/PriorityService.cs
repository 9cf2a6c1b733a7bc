using Thb.Cycles;
using Thb.Intake;
using Thb.Publication.Priorities;

namespace Thb.Annex;

/// <summary>
/// The priority countries and regions of a cycle now: every contributor's current accepted return, read as the annex
/// reads it and ranked as the annex's priority sheet ranks it (the same adapter and the same analysis), without
/// compiling or storing anything.
/// </summary>
public sealed class PriorityService(SubmissionQueries queries, RowStore rows, TimeProvider clock)
{
    public async Task<PriorityReport> AnalyseAsync(Cycle cycle, CancellationToken cancellationToken = default)
    {
        var statuses = await queries.StatusAsync(cycle, cancellationToken);
        var sections = new List<AnnexSection>();
        foreach (var status in statuses)
            sections.Add(new AnnexSection(status, status.Current is { } current ? await rows.ReadAsync(current, cancellationToken) : []));
        var readAt = clock.GetUtcNow();
        var input = new AnnexInput(cycle, Stem: "", readAt, AnnexFingerprint.Of(statuses), sections);
        var view = PriorityAnalysis.Compute(PublicationInputs.From(input));
        return new PriorityReport(cycle.Id, cycle.Title, readAt, sections.Count, sections.Count(s => s.Submission is not null), view);
    }
}
