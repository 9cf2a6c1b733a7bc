namespace Thb.Reminders;

public enum SweepMode
{
    /// <summary>Works out what would be sent; reads the outbox, writes nothing.</summary>
    DryRun,
    /// <summary>Records due reminders in the outbox; the caller sends them (the CLI drains the outbox itself).</summary>
    Record,
    /// <summary>Records them and hands each to the sender function through the queue (the timer function).</summary>
    RecordAndEnqueue,
}
