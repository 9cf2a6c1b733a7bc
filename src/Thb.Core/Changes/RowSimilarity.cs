namespace Thb.Changes;

/// <summary>
/// How alike two rows of one contributor are, 0 to 1: a weighted mean of what both rows state — the description's
/// words (the action itself, weight 0.6), the partners' words (0.15), the places (0.15) and the periods (0.1). A part
/// neither row states (two empty partner cells) is left out of the mean rather than counted as a match or a miss.
/// </summary>
public static class RowSimilarity
{
    public const double DescriptionWeight = 0.6;
    public const double PartnerWeight = 0.15;
    public const double PlacesWeight = 0.15;
    public const double DatesWeight = 0.1;

    public static double Score(RowFeatures current, RowFeatures previous) =>
        Score(current, previous, ActionWords.Similarity(current.Description, previous.Description), Partners(current, previous));

    /// <summary>The score from the words' likeness already worked out (the matcher's <see cref="WordIndex"/>).</summary>
    public static double Score(RowFeatures current, RowFeatures previous, double? description, double? partners)
    {
        var sum = 0.0;
        var weights = 0.0;
        Add(ref sum, ref weights, description, DescriptionWeight);
        Add(ref sum, ref weights, partners, PartnerWeight);
        Add(ref sum, ref weights, Places(current, previous), PlacesWeight);
        Add(ref sum, ref weights, Dates(current, previous), DatesWeight);
        return weights == 0 ? 0 : sum / weights;
    }

    private static void Add(ref double sum, ref double weights, double? value, double weight)
    {
        if (value is not { } v) return;
        sum += v * weight;
        weights += weight;
    }

    /// <summary>Partner words: a partner added keeps every earlier word, so containment counts as much as likeness.</summary>
    public static double? Partners(RowFeatures current, RowFeatures previous) =>
        Partners(ActionWords.Similarity(current.Partner, previous.Partner), previous.Partner.Count > 0 && ActionWords.Contains(current.Partner, previous.Partner));

    public static double? Partners(double? dice, bool containsEveryEarlierWord) =>
        dice is { } d && containsEveryEarlierWord ? Math.Max(d, 0.9) : dice;

    /// <summary>Jaccard of the place keys; a place added or dropped keeps most of it.</summary>
    public static double? Places(RowFeatures current, RowFeatures previous)
    {
        if (current.Places.Count + previous.Places.Count == 0) return null;
        var shared = 0;
        foreach (var place in current.Places)
            if (previous.Places.Contains(place)) shared++;
        return (double)shared / (current.Places.Count + previous.Places.Count - shared);
    }

    /// <summary>1 for the same start (an extension keeps it), 0.7 for overlapping periods, 0 for periods apart; null when either states none.</summary>
    public static double? Dates(RowFeatures current, RowFeatures previous)
    {
        if (current.Start is null && current.End is null || previous.Start is null && previous.End is null) return null;
        if (current.Start == previous.Start && current.Start is not null) return 1;
        var currentStart = current.Start ?? DateOnly.MinValue;
        var previousStart = previous.Start ?? DateOnly.MinValue;
        var currentEnd = current.End ?? DateOnly.MaxValue;
        var previousEnd = previous.End ?? DateOnly.MaxValue;
        return currentStart <= previousEnd && previousStart <= currentEnd ? 0.7 : 0;
    }
}
