namespace Thb.Normalising.Durations;

/// <summary>A line of <c>periods.json</c>: a part of the year (kind "part"), a season ("season"), the value of some
/// ordinal words ("ordinals") or the words that may stand between a period and its year ("fillers").</summary>
internal sealed class PeriodRecord
{
    public required string Kind { get; init; }

    public required string Name { get; init; }

    /// <summary>Parts: how many parts the year has (4 quarters, 2 halves).</summary>
    public int? Parts { get; init; }

    /// <summary>Parts: the letters written with the part's number ("Q3", "H2").</summary>
    public string[] Letters { get; init; } = [];

    /// <summary>Seasons: the first and the last month.</summary>
    public int[] Months { get; init; } = [];

    public required string[] Words { get; init; }

    public static PeriodRecord From(System.Text.Json.JsonElement e) => new()
    {
        Kind = e.Text("kind"),
        Name = e.Text("name"),
        Parts = e.TryGetProperty("parts", out var parts) ? parts.GetInt32() : null,
        Letters = e.Texts("letters"),
        Months = e.Integers("months"),
        Words = e.Texts("words"),
    };
}
