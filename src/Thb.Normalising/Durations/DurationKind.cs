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
