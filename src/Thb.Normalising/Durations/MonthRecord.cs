namespace Thb.Normalising.Durations;

/// <summary>A line of <c>month-names.json</c>: a month's number, full names and abbreviations.</summary>
internal sealed class MonthRecord
{
    public required int Month { get; init; }

    public required string[] Names { get; init; }

    public required string[] Abbreviations { get; init; }
}
