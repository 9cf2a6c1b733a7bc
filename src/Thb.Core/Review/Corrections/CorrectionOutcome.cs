using Thb.Intake.Returns;

namespace Thb.Review.Corrections;

/// <summary>What a correction, rule or undoing did: the id it concerns and the rows it changes now, or why it was refused.</summary>
public sealed record CorrectionOutcome(string? Id, string? Refusal, IReadOnlyList<ReturnRow> Changed)
{
    public bool Done => Refusal is null;

    public static CorrectionOutcome Refused(string reason) => new(null, reason, []);
}
