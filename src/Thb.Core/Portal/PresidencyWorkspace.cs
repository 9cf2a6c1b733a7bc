using System.Security.Cryptography;
using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
using Thb.Portal.Pages;
using Thb.Reminders;
using Thb.Review;
using Thb.Review.Corrections;

namespace Thb.Portal;

/// <summary>
/// Gathers the Presidency's workspace from the capabilities that own each part: the statuses (Intake), the review
/// states and the rows as corrected (Review), the changes since the previous cycle (Changes), the outbox and the
/// reminder plan (Reminders), the latest annex (Annex). Nothing here decides a rule of its own.
/// </summary>
public sealed class PresidencyWorkspace(SubmissionQueries queries, ReviewService reviews, ReviewedRows reviewed, ChangesService changes,
    ReminderService reminders, PortalContent content, Thb.Review.Corrections.CorrectionStore corrections, TimeProvider clock)
{
    public async Task<PresidencyPageModel> PageAsync(Cycle cycle, PortalPaths paths, string? problem, CancellationToken cancellationToken)
    {
        var desks = await DesksAsync(cycle, null, cancellationToken);
        var annex = await content.LatestAnnexAsync(cycle, cancellationToken);
        var map = annex is null ? null : await content.LatestMapAsync(cycle, cancellationToken);
        return new PresidencyPageModel(paths, cycle, desks, annex, map, clock.GetUtcNow(), cycle.PreviousCycleId, problem);
    }

    /// <summary>One contributor's rows page, or null when the cycle has no such contributor.</summary>
    public async Task<PresidencyRowsPageModel?> RowsAsync(Cycle cycle, ContributorId? contributorId, PortalPaths paths, string? problem, CancellationToken cancellationToken)
    {
        if (contributorId is not { } contributor) return null;
        var desk = (await DesksAsync(cycle, contributor, cancellationToken)).FirstOrDefault();
        if (desk is null) return null;
        var rules = (await corrections.RulesAsync(cancellationToken)).Where(r => r.AppliesTo(cycle.Id, contributor)).ToList();
        return new PresidencyRowsPageModel(paths, cycle, desk, problem) { Rules = rules };
    }

    private async Task<IReadOnlyList<ContributorDesk>> DesksAsync(Cycle cycle, ContributorId? contributorId, CancellationToken cancellationToken)
    {
        var statuses = await queries.StatusAsync(cycle, cancellationToken);
        var states = await reviews.StatesAsync(cycle, statuses, cancellationToken);
        var rows = (await reviewed.CurrentRowsAsync(cycle, contributorId, cancellationToken)).ToLookup(r => r.Contributor ?? "");
        var compared = await changes.CompareAsync(cycle, contributorId, cancellationToken);
        var mail = (await reminders.Outbox.ForCycleAsync(cycle.Id, cancellationToken)).Where(e => e.ContributorId is not null).ToLookup(e => e.ContributorId!);
        var replies = (await reviews.RepliesAsync(cycle.Id, contributorId, cancellationToken)).ToLookup(e => e.ContributorId);
        var plan = ReminderPlanner.Plan(cycle, statuses, clock.GetUtcNow());
        return plan.Contributors
            .Where(p => contributorId is null || p.Contributor.Id == contributorId)
            .Select(p => new ContributorDesk(p, states.GetValueOrDefault(p.Contributor.Id), RowAttention.Order(rows[p.Contributor.Id]),
                compared?.Contributors.FirstOrDefault(c => c.Contributor.Id == p.Contributor.Id), mail[p.Contributor.Id].ToList(), NewPressId())
                { Replies = replies[p.Contributor.Id].ToList() })
            .ToList();
    }

    /// <summary>A fresh id for one press of "remind now": the outbox keys the reminder by it, so the same form posted twice is one e-mail.</summary>
    public static string NewPressId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
}
