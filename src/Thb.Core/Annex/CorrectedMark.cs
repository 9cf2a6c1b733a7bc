using System.Globalization;
using Thb.Intake.Returns;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;

namespace Thb.Annex;

/// <summary>
/// The mark the Annex sheet puts under a cell whose reading was corrected: a line "[corrected: Western Balkans]"
/// after the text as written (which stays as it was). Empty for a column nobody corrected. Pure.
/// </summary>
public static class CorrectedMark
{
    public static string Of(ReturnRow row, ReturnColumn column)
    {
        var field = column switch
        {
            ReturnColumn.CountryRegion => ReadingField.Places,
            ReturnColumn.Form => ReadingField.Form,
            ReturnColumn.Duration => ReadingField.Duration,
            ReturnColumn.Funding => (ReadingField?)ReadingField.Funding,
            _ => null,
        };
        if (field is null || row.Corrections?.Any(c => c.Field == field) != true) return "";
        return "\n[corrected: " + Reading(row, field.Value) + "]";
    }

    private static string Reading(ReturnRow row, ReadingField field) => field switch
    {
        ReadingField.Places => string.Join(", ", row.CountryRegion.Places.Select(p => p.Name)),
        ReadingField.Form => row.Form.Category is { } c ? ActionCategories.Label(c) : "none",
        ReadingField.Duration => $"{row.Duration.Start?.ToString() ?? "…"} to {(row.Duration.Ongoing ? "ongoing" : row.Duration.End?.ToString() ?? "…")}",
        _ => Funding(row.Funding),
    };

    private static string Funding(Thb.Normalising.Funding.Funding f) => f.Kind switch
    {
        FundingKind.Amount => string.Create(CultureInfo.InvariantCulture, $"EUR {f.AmountEur:#,0.##}"),
        FundingKind.Range => string.Create(CultureInfo.InvariantCulture, $"EUR {f.MinEur:#,0.##} to {f.MaxEur:#,0.##}"),
        _ => Thb.Json.KebabCase.Of(f.Kind),
    };
}
