using System.Globalization;
using Thb.Json;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Review.Corrections;

/// <summary>
/// Reads what a person types for a corrected reading (pure; bad input comes back as a reason): places "AT,UNODC"
/// (ISO codes, or names the place catalogue knows), a form category "training", a duration "2012-03..2012-06"
/// ("2012-03.." ongoing, "2012" one date), a funding "12000", "10000..20000", "non-monetary" or "not-available".
/// </summary>
public static class ReadingInput
{
    public static CorrectedReading? Places(string text, out string? problem)
    {
        problem = null;
        var places = new List<Place>();
        foreach (var token in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length == 2 && token.All(char.IsAsciiLetter))
            {
                if (!Countries.TryGet(token, out var country)) return Refuse($"'{token}' is not a country code (ISO 3166-1 alpha-2, or XK for Kosovo).", out problem);
                places.Add(Place.ForCountry(country));
                continue;
            }
            var read = PlaceNormaliser.Normalise(token);
            if (read.IsEmpty) return Refuse($"'{token}' is neither a country code nor a place, region or organisation the catalogue knows.", out problem);
            places.AddRange(read.Places);
        }
        return places.Count == 0 ? Refuse("Name at least one place: --places AT,UNODC.", out problem) : CorrectedReading.OfPlaces(places.Distinct().ToList());
    }

    public static CorrectedReading? Form(string text, out string? problem)
    {
        problem = null;
        return KebabCase.TryParse<ActionCategory>(text, out var category)
            ? CorrectedReading.OfForm(category)
            : Refuse($"'{text}' is not a form category: use {KebabCase.Allowed<ActionCategory>()}.", out problem);
    }

    public static CorrectedReading? Duration(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !TryDate(parts[0], out var start)) return Refuse(BadDate(text), out problem);
        if (parts.Length == 1) return CorrectedReading.OfDuration(new Duration("", DurationKind.Single, start, start, false));
        if (parts[1].Length == 0) return CorrectedReading.OfDuration(new Duration("", DurationKind.OpenEnded, start, null, true));
        if (!TryDate(parts[1], out var end)) return Refuse(BadDate(text), out problem);
        if (end.LastDay < start.FirstDay) return Refuse($"'{text}' ends before it starts.", out problem);
        return CorrectedReading.OfDuration(new Duration("", DurationKind.Range, start, end, false));
    }

    public static CorrectedReading? Funding(string text, out string? problem)
    {
        problem = null;
        var t = text.Trim();
        if (KebabCase.TryParse<FundingKind>(t, out var kind) && kind is FundingKind.NonMonetary or FundingKind.NotAvailable or FundingKind.Empty)
            return CorrectedReading.OfFunding(new FundingValue("", kind, null, null, null, null));
        var parts = t.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && TryEuro(parts[0], out var amount))
            return CorrectedReading.OfFunding(new FundingValue("", FundingKind.Amount, amount, null, null, null));
        if (parts.Length == 2 && TryEuro(parts[0], out var min) && TryEuro(parts[1], out var max) && min <= max)
            return CorrectedReading.OfFunding(new FundingValue("", FundingKind.Range, null, min, max, null));
        return Refuse($"'{text}' is not a funding reading: write an amount in EUR (12000), a range (10000..20000), non-monetary or not-available.", out problem);
    }

    private static bool TryDate(string text, out PartialDate date) => PartialDate.TryParseIso(text, out date);

    private static bool TryEuro(string text, out decimal amount) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount) && amount >= 0;

    private static string BadDate(string text) => $"'{text}' is not a duration: write 2012-03..2012-06, 2012-03-01..2012-06-30, 2012.. (ongoing) or one date.";

    private static CorrectedReading? Refuse(string reason, out string? problem)
    {
        problem = reason;
        return null;
    }
}
