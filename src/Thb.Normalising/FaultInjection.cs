namespace Thb.Normalising;

/// <summary>
/// A seam for tests: makes every reader throw for the cells a predicate picks, so a test can see an internal error
/// become a finding (never an "unparseable" cell). Scoped to the calling flow (an <see cref="AsyncLocal{T}"/>), so tests
/// running side by side do not see each other's faults; unarmed it costs one read of that slot per cell.
/// </summary>
internal static class FaultInjection
{
    private static readonly AsyncLocal<Func<string, bool>?> Trigger = new();

    /// <summary>Until disposed, reading a cell whose raw text satisfies <paramref name="when"/> throws.</summary>
    public static IDisposable Arm(Func<string, bool> when)
    {
        var previous = Trigger.Value;
        Trigger.Value = when;
        return new Disarm(previous);
    }

    public static void ThrowIfArmed(string raw)
    {
        if (Trigger.Value is { } when && when(raw))
        {
            throw new InvalidOperationException($"Fault injected by a test for the cell \"{raw}\".");
        }
    }

    private sealed class Disarm(Func<string, bool>? previous) : IDisposable
    {
        public void Dispose() => Trigger.Value = previous;
    }
}
