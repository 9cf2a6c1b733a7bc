namespace Thb.Normalising.Durations;

/// <summary>The duration reader's data files (<c>Durations/Data/*.json</c>), read once.</summary>
internal sealed class DurationData
{
    private static readonly Lazy<DurationData> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static DurationData Instance => LazyInstance.Value;

    public required DataFile<MonthRecord> Months { get; init; }

    public required DataFile<PeriodRecord> Periods { get; init; }

    /// <summary>The word sets of <c>duration-words.json</c> (units, open-start, until, ...).</summary>
    public required WordSets Words { get; init; }

    private static DurationData Load() => new()
    {
        Months = EmbeddedData.Load("Durations/Data/month-names.json", MonthRecord.From),
        Periods = EmbeddedData.Load("Durations/Data/periods.json", PeriodRecord.From),
        Words = EmbeddedData.LoadWordSets("Durations/Data/duration-words.json"),
    };
}
