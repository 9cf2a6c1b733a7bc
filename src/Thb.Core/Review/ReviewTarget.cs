using Thb.Cycles;
using Thb.Intake;

namespace Thb.Review;

/// <summary>What a review action is about, looked up once: the cycle, the contributor and its current return (null without one).</summary>
public sealed record ReviewTarget(Cycle Cycle, Contributor Contributor, Submission? Current);
