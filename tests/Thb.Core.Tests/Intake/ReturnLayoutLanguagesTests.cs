using Thb.Intake.Returns;

namespace Thb.Tests.Intake;

/// <summary>The annex's headers, the template's helper headers and the metadata labels in English, French and German.</summary>
public class ReturnLayoutLanguagesTests
{
    private static readonly ReturnColumn[] Six =
    [
        ReturnColumn.CountryRegion, ReturnColumn.Form, ReturnColumn.Description, ReturnColumn.Partner, ReturnColumn.Duration, ReturnColumn.Funding,
    ];

    public static TheoryData<string[]> HeaderRows() => new()
    {
        // The Council's own terms.
        new[] { "Country/ region or organisation at international level", "Form or structure of actions and activities", "Description of actions and activities", "Partner organisation", "Duration (start/end date)", "Funding in EUR" },
        new[] { "Pays, région ou organisation au niveau international", "Forme ou structure des actions et activités", "Description des actions et activités", "Organisation partenaire", "Durée (date de début/fin)", "Financement en EUR" },
        new[] { "Land/Region oder Organisation auf internationaler Ebene", "Form oder Struktur der Maßnahmen und Aktivitäten", "Beschreibung der Maßnahmen und Aktivitäten", "Partnerorganisation", "Dauer (Beginn/Ende)", "Finanzierung in EUR" },
        // Usual variants.
        new[] { "Pays / région", "Type d'action", "Descriptif", "Partenaires", "Durée", "Montant (EUR)" },
        new[] { "PAYS OU RÉGION", "Nature de l'action", "Description", "Organismes partenaires", "Période", "Coût (EUR)" },
        new[] { "Land / Region", "Art der Maßnahme", "Beschreibung", "Partner", "Zeitraum", "Kosten (EUR)" },
        new[] { "Länder", "Maßnahmenart", "Inhalt der Maßnahme", "Kooperationspartner", "Laufzeit", "Betrag (EUR)" },
        new[] { "Staat / Region", "Form der Maßnahme", "Ziele und Ergebnisse", "Projektträger", "Zeitrahmen", "Fördermittel (EUR)" },
    };

    [Theory]
    [MemberData(nameof(HeaderRows))]
    public void The_six_headers_are_recognised_in_three_languages(string[] headers)
    {
        Assert.Equal(Six.Select(c => (ReturnColumn?)c), headers.Select(h => ReturnLayout.Recognise(h)));
    }

    [Theory]
    [InlineData("Start date", ReturnColumn.StartDate)]
    [InlineData("Date de début", ReturnColumn.StartDate)]
    [InlineData("Beginn", ReturnColumn.StartDate)]
    [InlineData("End date", ReturnColumn.EndDate)]
    [InlineData("Date de fin", ReturnColumn.EndDate)]
    [InlineData("Ende", ReturnColumn.EndDate)]
    [InlineData("Ongoing", ReturnColumn.Ongoing)]
    [InlineData("En cours", ReturnColumn.Ongoing)]
    [InlineData("laufend", ReturnColumn.Ongoing)]
    [InlineData("Amount in EUR", ReturnColumn.AmountEur)]
    [InlineData("Montant en EUR", ReturnColumn.AmountEur)]
    [InlineData("Betrag in EUR", ReturnColumn.AmountEur)]
    [InlineData("Beginn/Ende", ReturnColumn.Duration)]
    [InlineData("Début/fin", ReturnColumn.Duration)]
    public void The_helper_headers_are_recognised_in_three_languages(string header, ReturnColumn column)
    {
        Assert.Equal(column, ReturnLayout.Recognise(header));
    }

    [Theory]
    [InlineData("Remarques")]
    [InlineData("Bemerkungen")]
    [InlineData("Internal ref.")]
    [InlineData("Réf. interne")]
    public void Other_headers_are_not_annex_columns(string header)
    {
        Assert.Null(ReturnLayout.Recognise(header));
    }

    [Theory]
    [InlineData("Delegation")]
    [InlineData("Member State")]
    [InlineData("Délégation")]
    [InlineData("État membre")]
    [InlineData("Etat membre")]
    [InlineData("Mitgliedstaat")]
    public void Delegation_labels(string label)
    {
        Assert.True(ReturnLayout.IsDelegationLabel(ReturnLayout.Normalise(label)));
        Assert.False(ReturnLayout.IsCycleLabel(ReturnLayout.Normalise(label)));
    }

    [Theory]
    [InlineData("Reporting cycle")]
    [InlineData("Reporting period")]
    [InlineData("Cycle de rapport")]
    [InlineData("Période de référence")]
    [InlineData("Berichtszyklus")]
    [InlineData("Berichtszeitraum")]
    public void Cycle_labels(string label)
    {
        Assert.True(ReturnLayout.IsCycleLabel(ReturnLayout.Normalise(label)));
        Assert.False(ReturnLayout.IsDelegationLabel(ReturnLayout.Normalise(label)));
    }

    [Theory]
    [InlineData("fr", "Délégation", "Cycle de rapport", "Pays, région ou organisation au niveau international", "Forme ou structure des actions et activités", "Description des actions et activités", "Organisation partenaire", "Durée (date de début/fin)", "Financement en EUR")]
    [InlineData("de", "Mitgliedstaat", "Berichtszeitraum", "Land/Region oder Organisation auf internationaler Ebene", "Form oder Struktur der Maßnahmen und Aktivitäten", "Beschreibung der Maßnahmen und Aktivitäten", "Partnerorganisation", "Dauer (Beginn/Ende)", "Finanzierung in EUR")]
    public void A_french_or_german_return_is_read_whole(string language, string delegationLabel, string cycleLabel, params string[] headers)
    {
        var x = new RawXlsx().Sheet(language == "fr" ? "Rapport" : "Bericht")
            .Row(2, delegationLabel, "Belgique")
            .Row(3, cycleLabel + " : 2012-1")
            .Row(5, headers)
            .Row(6, "Bénin, Togo", "Formation", "Formation de policiers", "ONUDC", "2e semestre 2012", "25.000 €")
            .Row(7, "Source : ministère de l'Intérieur.");
        var check = ReturnChecker.Check(new MemoryStream(x.Build()), "retour.xlsx");
        Assert.Equal(("Belgique", "2012-1", 5), (check.Delegation, check.Cycle, check.HeaderRow));
        var row = Assert.Single(check.Rows);
        Assert.Equal(["BJ", "TG"], row.CountryRegion.CountryCodes);
        Assert.Equal(("2012-07", "2012-12"), (row.Duration.Start?.ToString(), row.Duration.End?.ToString()));
        Assert.Equal(25000m, row.Funding.AmountEur);
        Assert.Contains(check.Findings, f => f.Code == Thb.Intake.Findings.FindingCodes.TableNoteSkipped);
    }
}
