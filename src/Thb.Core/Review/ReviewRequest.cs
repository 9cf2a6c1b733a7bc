using Thb.Cycles;
namespace Thb.Review;

/// <summary>A person's review action on one contributor's return: who, the comment, and the cells it points at ("Return!B12").</summary>
public sealed record ReviewRequest(CycleId CycleId, ContributorId ContributorId, string By, string? Comment = null, IReadOnlyList<string>? Cells = null);
