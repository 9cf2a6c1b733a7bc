namespace Thb.Normalising.Durations;

/// <summary>JSON names of <see cref="DurationKind"/>: range | single | open-ended | recurring | unparseable | empty.</summary>
public static class DurationKinds
{
    public static string ToJson(DurationKind kind) => kind switch
    {
        DurationKind.Range => "range",
        DurationKind.Single => "single",
        DurationKind.OpenEnded => "open-ended",
        DurationKind.Recurring => "recurring",
        DurationKind.Unparseable => "unparseable",
        DurationKind.Empty => "empty",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown duration kind."),
    };

    public static bool TryFromJson(string? json, out DurationKind kind)
    {
        switch (json?.Trim().ToLowerInvariant())
        {
            case "range": kind = DurationKind.Range; return true;
            case "single": kind = DurationKind.Single; return true;
            case "open-ended": kind = DurationKind.OpenEnded; return true;
            case "recurring": kind = DurationKind.Recurring; return true;
            case "unparseable": kind = DurationKind.Unparseable; return true;
            case "empty": kind = DurationKind.Empty; return true;
            default: kind = default; return false;
        }
    }

    public static DurationKind FromJson(string json) =>
        TryFromJson(json, out DurationKind kind) ? kind : throw new ArgumentException($"Unknown duration kind '{json}'.", nameof(json));
}
