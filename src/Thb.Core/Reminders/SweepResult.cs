namespace Thb.Reminders;

public sealed record SweepResult(ReminderPlan Plan, SweepMode Mode, IReadOnlyList<SweepItem> Reminders, SweepDigest? Digest)
{
    /// <summary>The entries this sweep hands to the sender: new or still pending reminders, then the digest.</summary>
    public IReadOnlyList<OutboxKey> HandedOff =>
        Reminders.Where(r => r.State != SweepItemState.Done).Select(r => r.Key)
            .Concat(Digest is { State: not SweepItemState.Done } d ? [d.Key] : [])
            .ToList();
}
