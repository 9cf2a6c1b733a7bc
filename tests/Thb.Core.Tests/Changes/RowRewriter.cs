using System.Globalization;
using System.Text.RegularExpressions;
using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Publication;

namespace Thb.Tests.Changes;

/// <summary>
/// Rewrites a row the way a delegation updates last cycle's return: end dates moved a year on, words replaced by
/// synonyms, clauses reordered, typos, a sentence added, a partner added, the amount raised, a country added. Each
/// rewriting is drawn with its own probability from the seeded random source and re-read by the normalisers (the
/// readings stay those of the new text); the changes the reading shows are returned with the row.
/// </summary>
public sealed partial class RowRewriter(Random random, string language)
{
    private static readonly Dictionary<string, (string From, string To)[]> Synonyms = new()
    {
        ["en"] = [("support", "assistance"), ("training", "course"), ("victims", "survivors"), ("project", "programme"), ("campaign", "initiative"),
            ("cooperation", "collaboration"), ("identification", "detection"), ("shelter", "safe house"), ("children", "minors"), ("conference", "meeting"),
            ("funding", "financing"), ("information", "awareness"), ("police", "law enforcement"), ("judges", "magistrates"), ("seminar", "workshop"),
            ("organisation", "holding"), ("exchange", "sharing"), ("regional", "cross-border"), ("prevention", "preventive work")],
        ["fr"] = [("formation", "stage"), ("soutien", "appui"), ("projet", "programme"), ("campagne", "action"), ("coopération", "collaboration"),
            ("enfants", "mineurs"), ("juges", "magistrats"), ("séminaire", "atelier"), ("financement", "subvention"), ("police", "forces de l'ordre"),
            ("réunion", "rencontre"), ("aide", "assistance"), ("victimes", "personnes concernées"), ("prévention", "sensibilisation")],
        ["de"] = [("Schulung", "Fortbildung"), ("Unterstützung", "Hilfe"), ("Projekt", "Vorhaben"), ("Kampagne", "Initiative"), ("Zusammenarbeit", "Kooperation"),
            ("Kinder", "Minderjährige"), ("Opfer", "Betroffene"), ("Seminar", "Workshop"), ("Finanzierung", "Mittel"), ("Polizei", "Polizeibehörden"),
            ("Frauen", "Mädchen"), ("Beratung", "Begleitung"), ("Konferenz", "Tagung"), ("Prävention", "Vorbeugung")],
    };

    private static readonly Dictionary<string, (string Sentence, string And, string Country)> Words = new()
    {
        ["en"] = (" Second phase.", " and ", "Moldova"),
        ["fr"] = (" Deuxième phase.", " et ", "Moldavie"),
        ["de"] = (" Zweite Phase.", " und ", "Moldau"),
    };

    /// <summary>How often a row is rewritten heavily: up to four synonyms, clauses reordered, two typos and a sentence added.</summary>
    public const double HeavyRate = 0.15;

    public (ReturnRow Row, RowAmendments Amendments) Rewrite(ReturnRow row, int newRowNumber)
    {
        var amendments = RowAmendments.None;
        var description = row.Description.Raw ?? "";
        var reworded = false;
        var heavy = Chance(HeavyRate);
        if (heavy || Chance(0.5)) (description, reworded) = ReplaceSynonyms(description, heavy ? 4 : 2);
        if (heavy || Chance(0.3)) description = Reorder(description);
        if (heavy || Chance(0.4)) description = Typo(Typo(description));
        if (heavy || Chance(0.2)) (description, reworded) = (description.TrimEnd() + Words[language].Sentence, true);
        if (reworded) amendments |= RowAmendments.DescriptionReworded;

        var rewritten = row with { Row = newRowNumber, Description = new RawText(description) };
        if (Chance(0.5) && ExtendDates(rewritten.Duration) is { } duration) (rewritten, amendments) = (rewritten with { Duration = duration }, amendments | RowAmendments.DatesExtended);
        if (Chance(0.3)) (rewritten, amendments) = (rewritten with { Partner = new RawText(AddPartner(row.Partner.Raw)) }, amendments | RowAmendments.PartnerAdded);
        if (Chance(0.25) && RaiseFunding(row.Funding) is { } funding) (rewritten, amendments) = (rewritten with { Funding = funding }, amendments | RowAmendments.FundingChanged);
        if (Chance(0.1) && AddPlace(row.CountryRegion) is { } places) (rewritten, amendments) = (rewritten with { CountryRegion = places }, amendments | RowAmendments.PlacesChanged);
        return (rewritten, amendments);
    }

    private bool Chance(double p) => random.NextDouble() < p;

    /// <summary>Up to <paramref name="most"/> words of the language's synonym list replaced (whole words, first letter's case kept).</summary>
    private (string Text, bool Changed) ReplaceSynonyms(string text, int most)
    {
        var changed = false;
        var replaced = 0;
        foreach (var (from, to) in Synonyms[language].OrderBy(_ => random.Next()).ToList())
        {
            var pattern = new Regex($@"\b{Regex.Escape(from)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var match = pattern.Match(text);
            if (!match.Success) continue;
            var replacement = char.IsUpper(match.Value[0]) ? char.ToUpperInvariant(to[0]) + to[1..] : to;
            text = text[..match.Index] + replacement + text[(match.Index + match.Length)..];
            changed = true;
            if (++replaced == most || random.Next(3) == 0) break;
        }
        return (text, changed);
    }

    /// <summary>The clauses around the first comma swapped, else the two halves of the words.</summary>
    private static string Reorder(string text)
    {
        var trimmed = text.TrimEnd('.', ' ');
        var comma = trimmed.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0) return $"{trimmed[(comma + 2)..]}, {trimmed[..comma]}.";
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4) return text;
        var half = words.Length / 2;
        return string.Join(' ', words[half..].Concat(words[..half])) + ".";
    }

    /// <summary>One word of six letters or more with two inner letters swapped or one left out.</summary>
    private string Typo(string text)
    {
        var words = WordPattern().Matches(text).Where(m => m.Length >= 6).ToList();
        if (words.Count == 0) return text;
        var word = words[random.Next(words.Count)];
        var at = word.Index + 1 + random.Next(word.Length - 3);
        return random.Next(2) == 0
            ? text[..at] + text[at + 1] + text[at] + text[(at + 2)..]
            : text[..at] + text[(at + 1)..];
    }

    /// <summary>The last year of the period a year later, when the text reads as the row did and the new text reads later.</summary>
    private static Duration? ExtendDates(Duration duration)
    {
        var years = YearPattern().Matches(duration.Raw);
        if (years.Count == 0 || duration.End is null || duration.Ongoing) return null;
        var before = DurationNormaliser.Normalise(duration.Raw);
        if (before.Start != duration.Start || before.End != duration.End) return null;
        var last = years[^1];
        var year = int.Parse(last.Value, CultureInfo.InvariantCulture) + 1;
        var raw = duration.Raw[..last.Index] + year.ToString(CultureInfo.InvariantCulture) + duration.Raw[(last.Index + last.Length)..];
        var after = DurationNormaliser.Normalise(raw);
        return after.Start == duration.Start && after.End is { } end && end.LastDay > duration.End.Value.LastDay ? after : null;
    }

    private string AddPartner(string? partner)
    {
        var added = partner?.Contains("IOM", StringComparison.Ordinal) == true || partner?.Contains("OIM", StringComparison.Ordinal) == true ? "UNODC" : language == "fr" ? "OIM" : "IOM";
        return string.IsNullOrWhiteSpace(partner) ? added : partner.TrimEnd() + Words[language].And + added;
    }

    /// <summary>A stated EUR amount a quarter higher, written as delegations write it.</summary>
    private static Funding? RaiseFunding(Funding funding)
    {
        if (funding.Kind != FundingKind.Amount || funding.AmountEur is not { } amount || amount < 100) return null;
        var raised = Math.Round(amount * 1.25m, 0);
        var after = FundingNormaliser.Normalise(raised.ToString("#,##0", CultureInfo.InvariantCulture) + " EUR");
        return after.AmountEur == raised ? after : null;
    }

    private PlaceList? AddPlace(PlaceList places)
    {
        if (places.Places.Count == 0 || places.Places.Any(p => p.Code == "MD")) return null;
        var after = PlaceNormaliser.Normalise(places.Raw.TrimEnd() + ", " + Words[language].Country);
        return after.Places.Count > places.Places.Count ? after : null;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
