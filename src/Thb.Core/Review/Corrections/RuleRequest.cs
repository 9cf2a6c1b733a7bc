using Thb.Cycles;

namespace Thb.Review.Corrections;

/// <summary>A new rule: for one cycle (or all: null), for the contributor named (or all: null), the words to match, the reading, the reason.</summary>
public sealed record RuleRequest(CycleId? CycleId, ContributorId? ContributorId, string Match, CorrectedReading Reading, string Reason, string By);
