namespace Thb.Normalising.Durations;

/// <summary>A line of <c>month-names.json</c>: a month's number, full names and abbreviations.</summary>
internal sealed class MonthRecord
{
    public required int Month { get; init; }

    public required string[] Names { get; init; }

    public required string[] Abbreviations { get; init; }

    public static MonthRecord From(System.Text.Json.JsonElement e) => new() { Month = e.GetProperty("month").GetInt32(), Names = e.Texts("names"), Abbreviations = e.Texts("abbreviations") };
}
