namespace Thb.Normalising.Durations;

/// <summary>The words of <c>periods.json</c>, folded, for the period rules.</summary>
internal static class PeriodWords
{
    /// <summary>The ordinal value of "last": the last part of the unit.</summary>
    public const int LastPart = -1;

    private static readonly Dictionary<string, PeriodUnit> Units = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, PeriodUnit> Letters = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Season> Seasons = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal);

    static PeriodWords()
    {
        foreach (var record in DurationData.Periods.Entries)
        {
            switch (record.Kind)
            {
                case "part":
                    var unit = new PeriodUnit(record.Name, record.Parts ?? throw new InvalidDataException($"periods.json: '{record.Name}' has no parts."));
                    Add(Units, record.Words, unit);
                    Add(Letters, record.Letters, unit);
                    break;
                case "season":
                    Add(Seasons, record.Words, new Season(record.Name, record.Months[0], record.Months[1]));
                    break;
                case "ordinals":
                    Add(Ordinals, record.Words, record.Name == "last" ? LastPart : int.Parse(record.Name, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "fillers":
                    Fillers.UnionWith(record.Words.Select(TextFolding.FoldLower));
                    break;
                default:
                    throw new InvalidDataException($"periods.json: unknown kind '{record.Kind}'.");
            }
        }
    }

    /// <summary>The unit a word names after an ordinal ("quarter", "Halbjahr", "semestre").</summary>
    public static PeriodUnit? Unit(string folded) => Units.GetValueOrDefault(folded);

    /// <summary>The unit of a letter written with a part's number ("Q" in "Q3", "H" in "H2").</summary>
    public static PeriodUnit? Letter(string folded) => Letters.GetValueOrDefault(folded);

    public static Season? SeasonOf(string folded) => Seasons.GetValueOrDefault(folded);

    /// <summary>The value of an ordinal word ("third" = 3, "zweites" = 2, "last" = <see cref="LastPart"/>), or null.</summary>
    public static int? Ordinal(string folded) => Ordinals.TryGetValue(folded, out var n) ? n : null;

    public static bool IsFiller(string folded) => Fillers.Contains(folded);

    private static void Add<T>(Dictionary<string, T> map, IEnumerable<string> words, T value)
    {
        foreach (var word in words)
        {
            map[TextFolding.FoldLower(word)] = value;
        }
    }
}
