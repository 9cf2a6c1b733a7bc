using Thb.Cycles;
namespace Thb.Review;

/// <summary>A contributor's review: the state of its current return (null without one) and every entry of its thread, oldest first.</summary>
public sealed record ReviewThread(CycleId CycleId, ContributorId ContributorId, ContributorReview? Review, IReadOnlyList<ReviewEntry> Entries);
