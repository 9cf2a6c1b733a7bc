using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Review.Corrections;

/// <summary>
/// A rule of the registry: where the raw text of a field contains <see cref="Match"/> (whole words, case and accents
/// aside), its reading gains these places or takes this form category. For one cycle or all (<see cref="CycleId"/>
/// null), for one contributor or all (<see cref="ContributorId"/> null); applied whenever rows are read, so it holds
/// for every later upload and every recompile.
/// </summary>
public sealed record ReadingRule(string Id, CycleId? CycleId, ContributorId? ContributorId, string Match, CorrectedReading Reading,
    string Reason, string By, DateTimeOffset At, Undoing? Undone = null)
{
    public ReadingField Field => Reading.Field;

    public bool IsActive => Undone is null;

    public bool AppliesTo(CycleId? cycleId, ContributorId? contributorId) =>
        IsActive && (CycleId is null || CycleId == cycleId) && (ContributorId is null || ContributorId == contributorId);
}
