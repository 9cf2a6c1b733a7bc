using Thb.Reminders;

namespace Thb.Review;

/// <summary>What a review action did: the entry written (and the e-mail queued), or why it was refused — bad input is data.</summary>
public sealed record ReviewOutcome(ReviewEntry? Entry, string? Refusal, OutboxKey? Mail = null)
{
    public bool Done => Refusal is null;

    public static ReviewOutcome Refused(string reason) => new(null, reason);
}
