using Thb.Normalising;
using Thb.Normalising.Durations;
using Thb.Publication;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Changes;

/// <summary>What changed between a row and its predecessor, read from the readings (periods, funding, places, form) and
/// the words (partners, description): a typo fixed, words reordered or a new spelling of the same amount is no change.</summary>
public static class RowAmendmentReader
{
    public static RowAmendments Read(RowFeatures current, RowFeatures previous)
    {
        var row = current.Row;
        var before = previous.Row;
        var changes = Dates(row.Duration, before.Duration);
        if (!SameFunding(row.Funding, before.Funding)) changes |= RowAmendments.FundingChanged;
        changes |= Partners(current, previous);
        if (!current.Places.SetEquals(previous.Places)) changes |= RowAmendments.PlacesChanged;
        if (row.Form.Category != before.Form.Category) changes |= RowAmendments.FormChanged;
        if (Reworded(current.Description, previous.Description)) changes |= RowAmendments.DescriptionReworded;
        return changes;
    }

    /// <summary>Extended: the same start (or none stated) and a later end, or an end that became "ongoing".</summary>
    public static RowAmendments Dates(Duration current, Duration previous)
    {
        if (current.Start == previous.Start && current.End == previous.End && current.Ongoing == previous.Ongoing) return RowAmendments.None;
        var sameStart = current.Start == previous.Start || current.Start is null;
        var later = current.Ongoing && !previous.Ongoing
                    || current.End is { } end && previous.End is { } before && end.LastDay > before.LastDay && !(previous.Ongoing && !current.Ongoing);
        return sameStart && later ? RowAmendments.DatesExtended : RowAmendments.DatesChanged;
    }

    public static bool SameFunding(FundingValue current, FundingValue previous) =>
        current.Kind == previous.Kind && current.AmountEur == previous.AmountEur && current.MinEur == previous.MinEur
        && current.MaxEur == previous.MaxEur && current.Original == previous.Original;

    private static RowAmendments Partners(RowFeatures current, RowFeatures previous)
    {
        var shared = ActionWords.Shared(current.Partner, previous.Partner);
        if (shared == current.Partner.Count && shared == previous.Partner.Count) return RowAmendments.None;
        return shared == previous.Partner.Count ? RowAmendments.PartnerAdded : RowAmendments.PartnerChanged;
    }

    /// <summary>Reworded when a word was added, removed or replaced by another (not a typo or an ending of the same word).</summary>
    private static bool Reworded(IReadOnlyList<string> current, IReadOnlyList<string> previous)
    {
        var shared = ActionWords.Shared(current, previous);
        return shared != current.Count || shared != previous.Count;
    }
}
