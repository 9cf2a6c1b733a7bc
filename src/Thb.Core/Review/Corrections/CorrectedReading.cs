using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Review.Corrections;

/// <summary>
/// The reading a person gives one field instead of the machine's: places, a form category, a duration or a funding
/// reading (exactly the one <see cref="Field"/> names). The raw text is never part of it: the row keeps its own.
/// </summary>
public sealed record CorrectedReading(ReadingField Field, IReadOnlyList<Place>? Places = null, ActionCategory? Category = null,
    Duration? Duration = null, FundingValue? Funding = null)
{
    public static CorrectedReading OfPlaces(IReadOnlyList<Place> places) => new(ReadingField.Places, Places: places);
    public static CorrectedReading OfForm(ActionCategory category) => new(ReadingField.Form, Category: category);
    public static CorrectedReading OfDuration(Duration duration) => new(ReadingField.Duration, Duration: duration);
    public static CorrectedReading OfFunding(FundingValue funding) => new(ReadingField.Funding, Funding: funding);

    /// <summary>For people: "AT Austria, UNODC", "training", "2012-03 to 2012-06", "amount 12000 EUR".</summary>
    public string Describe() => Field switch
    {
        ReadingField.Places => string.Join(", ", (Places ?? []).Select(p => p.Code is null ? p.Name : $"{p.Code} {p.Name}")),
        ReadingField.Form => Category is { } c ? Thb.Json.KebabCase.Of(c) : "",
        ReadingField.Duration => Duration is { } d ? $"{d.Start?.ToString() ?? "…"} to {(d.Ongoing ? "ongoing" : d.End?.ToString() ?? "…")}" : "",
        _ => Funding is { } f ? DescribeFunding(f) : "",
    };

    private static string DescribeFunding(FundingValue f) => f.Kind switch
    {
        Thb.Normalising.Funding.FundingKind.Amount => $"{f.AmountEur} EUR",
        Thb.Normalising.Funding.FundingKind.Range => $"{f.MinEur} to {f.MaxEur} EUR",
        _ => Thb.Json.KebabCase.Of(f.Kind),
    };
}
