namespace Thb.Cycles;

/// <summary>Deadlines are Brussels dates: a return is on time until the end of that day in Europe/Brussels.</summary>
public static class BrusselsTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The first instant after the deadline day, in UTC.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(nextMidnight, Zone), TimeSpan.Zero);
    }

    public static DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTimeOffset ToBrussels(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static bool IsLate(DateTimeOffset uploadedAt, DateOnly deadline) => uploadedAt >= EndOfDay(deadline);
}
