namespace Thb.Normalising.Durations;

/// <summary>What a "Duration (start/end date)" cell says.</summary>
public enum DurationKind
{
    /// <summary>A start and an end (either may be missing when only "until …" was written).</summary>
    Range,

    /// <summary>One date (an event, a year, a month); End equals Start.</summary>
    Single,

    /// <summary>Running without an end: "ongoing", "since 2008", "from 12.11.2009, ongoing". Ongoing is true.</summary>
    OpenEnded,

    /// <summary>"on regular basis", "annually": no dates.</summary>
    Recurring,

    /// <summary>Text that could not be read; no dates are guessed.</summary>
    Unparseable,

    /// <summary>Nothing written (or only dashes).</summary>
    Empty,
}

/// <summary>A normalised duration. <see cref="Raw"/> is the cell text exactly as read (null becomes "").</summary>
public sealed record Duration(string Raw, DurationKind Kind, PartialDate? Start, PartialDate? End, bool Ongoing);

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
