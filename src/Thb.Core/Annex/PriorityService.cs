using Thb.Cycles;
using Thb.Intake;
using Thb.Publication;
using Thb.Publication.Priorities;

namespace Thb.Annex;

/// <summary>
/// The priority countries and regions of a cycle now: every contributor's current accepted return, read as the annex
/// reads it and ranked as the annex's priority sheet ranks it (the same adapter and the same analysis), without
/// compiling or storing anything.
/// </summary>
public sealed class PriorityService(SubmissionQueries queries, RowStore rows, TimeProvider clock)
{
    public async Task<PriorityReport> AnalyseAsync(Cycle cycle, CancellationToken cancellationToken = default) =>
        Report(await InputAsync(cycle, cancellationToken));

    /// <summary>The publication's input of the cycle's current accepted returns, as the annex would compile it now (for the map, the report).</summary>
    public async Task<PublicationInput> InputAsync(Cycle cycle, CancellationToken cancellationToken = default)
    {
        var statuses = await queries.StatusAsync(cycle, cancellationToken);
        var sections = new List<AnnexSection>();
        foreach (var status in statuses)
            sections.Add(new AnnexSection(status, status.Current is { } current ? await rows.ReadAsync(current, cancellationToken) : []));
        return PublicationInputs.From(new AnnexInput(cycle, Stem: "", clock.GetUtcNow(), AnnexFingerprint.Of(statuses), sections));
    }

    public static PriorityReport Report(PublicationInput input, PriorityView? view = null) =>
        new(input.CycleId, input.CycleTitle, input.CompiledAt, input.Sections.Count, input.WithReturn.Count(), view ?? PriorityAnalysis.Compute(input));
}
