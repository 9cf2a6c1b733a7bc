namespace Thb.Normalising.Durations;

/// <summary>The duration reader's data files (<c>Durations/Data/*.json</c>), read once, when first used.</summary>
internal static class DurationData
{
    public static readonly DataFile<MonthRecord> Months = EmbeddedData.Load("Durations/Data/month-names.json", MonthRecord.From);

    public static readonly DataFile<PeriodRecord> Periods = EmbeddedData.Load("Durations/Data/periods.json", PeriodRecord.From);

    /// <summary>The word sets of <c>duration-words.json</c> (units, open-start, until, ...).</summary>
    public static readonly WordSets Words = EmbeddedData.LoadWordSets("Durations/Data/duration-words.json");
}
