using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Review.Corrections;

/// <summary>
/// The read path of the review: rows as stored, with the active rules and corrections applied (the raw text as
/// written, the reading as corrected, each correction listed on its row). What `thb rows`, the annex and the status read.
/// </summary>
public sealed class ReviewedRows(SubmissionQueries queries, CorrectionStore store)
{
    public async Task<ReadingAdjustments> AdjustmentsAsync(CycleId cycleId, CancellationToken cancellationToken = default)
    {
        var rules = store.RulesAsync(cancellationToken);
        var corrections = store.CorrectionsAsync(cycleId, cancellationToken);
        return new ReadingAdjustments(cycleId, await rules, await corrections);
    }

    public async Task<IReadOnlyList<ReturnRow>> CurrentRowsAsync(Cycle cycle, ContributorId? contributorId = null, CancellationToken cancellationToken = default)
    {
        var adjustments = await AdjustmentsAsync(cycle.Id, cancellationToken);
        return adjustments.Apply(await queries.CurrentRowsAsync(cycle, contributorId, cancellationToken));
    }
}
