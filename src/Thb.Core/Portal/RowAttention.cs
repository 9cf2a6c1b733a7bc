using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;

namespace Thb.Portal;

/// <summary>A row and why it needs attention (pure): the Presidency's workspace lists these rows first.</summary>
public sealed record RowAttention(ReturnRow Row, AttentionReasons Reasons)
{
    public const string PlaceUnrecognisedCode = "row.place-unrecognised";

    public bool NeedsAttention => Reasons != AttentionReasons.None;

    public static RowAttention Of(ReturnRow row)
    {
        var reasons = AttentionReasons.None;
        var placesWritten = !string.IsNullOrWhiteSpace(row.CountryRegion.Raw);
        if (placesWritten && (row.CountryRegion.Places.Count == 0 || row.Findings.Any(f => f.Code == PlaceUnrecognisedCode)) &&
            row.Corrections?.Any(c => c.Field == ReadingField.Places) != true)
            reasons |= AttentionReasons.UnrecognisedPlaces;
        if (row.Duration.Kind == DurationKind.Unparseable) reasons |= AttentionReasons.UnreadableDuration;
        if (row.Funding.Kind == FundingKind.OtherCurrency) reasons |= AttentionReasons.OtherCurrency;
        if (row.IsCorrected) reasons |= AttentionReasons.Corrected;
        return new RowAttention(row, reasons);
    }

    /// <summary>The rows needing attention first, each group in sheet order.</summary>
    public static IReadOnlyList<RowAttention> Order(IEnumerable<ReturnRow> rows) =>
        rows.Select(Of).OrderBy(a => a.NeedsAttention ? 0 : 1).ToList();
}
