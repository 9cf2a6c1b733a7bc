using Thb.Normalising.Forms;

namespace Thb.Normalising.Tests.Forms;

/// <summary>Forms of action in the three working languages, from forms.json: German compounds, French elisions, typos.</summary>
public class FormLanguagesTests
{
    [Theory]
    [InlineData("Coopération policière", ActionCategory.LawEnforcement)]
    [InlineData("Polizeiliche Zusammenarbeit", ActionCategory.LawEnforcement)]
    [InlineData("Grenzpolizeiliche Zusammenarbeit", ActionCategory.LawEnforcement)]
    [InlineData("Enquête commune", ActionCategory.LawEnforcement)]
    [InlineData("Équipe commune d'enquête", ActionCategory.LawEnforcement)]
    [InlineData("Gemeinsame Ermittlungsgruppe", ActionCategory.LawEnforcement)]
    [InlineData("Verbindungsbeamter", ActionCategory.LawEnforcement)]
    [InlineData("Opferschutz", ActionCategory.VictimSupport)]
    [InlineData("Opferhilfe", ActionCategory.VictimSupport)]
    [InlineData("Opferidentifizierung", ActionCategory.VictimSupport)]
    [InlineData("Aide aux victimes", ActionCategory.VictimSupport)]
    [InlineData("Protection des victimes", ActionCategory.VictimSupport)]
    [InlineData("Protection de l'enfance", ActionCategory.VictimSupport)]
    [InlineData("Kinderschutz", ActionCategory.VictimSupport)]
    [InlineData("Child protection", ActionCategory.VictimSupport)]
    [InlineData("Gesetzgebung", ActionCategory.Policy)]
    [InlineData("Nationaler Aktionsplan", ActionCategory.Policy)]
    [InlineData("Élaboration de politiques", ActionCategory.Policy)]
    [InlineData("Plan d'action national", ActionCategory.Policy)]
    [InlineData("Studienreise", ActionCategory.Training)]
    [InlineData("Study visit", ActionCategory.Training)]
    [InlineData("Visite d'étude", ActionCategory.Training)]
    [InlineData("Fortbildung", ActionCategory.Training)]
    [InlineData("Formation", ActionCategory.Training)]
    [InlineData("Formation des juges", ActionCategory.Training)]
    [InlineData("Séminaire régional", ActionCategory.Training)]
    [InlineData("Atelier", ActionCategory.Training)]
    [InlineData("Sensibilisierung", ActionCategory.AwarenessRaising)]
    [InlineData("Sensibilisierungskampagne", ActionCategory.AwarenessRaising)]
    [InlineData("Campagne de sensibilisation", ActionCategory.AwarenessRaising)]
    [InlineData("Sensibilisaton", ActionCategory.AwarenessRaising)]
    [InlineData("Prävention", ActionCategory.Prevention)]
    [InlineData("Praevention", ActionCategory.Prevention)]
    [InlineData("Präventionsprojekt", ActionCategory.Prevention)]
    [InlineData("Prévention", ActionCategory.Prevention)]
    [InlineData("Renforcement des capacités", ActionCategory.CapacityBuilding)]
    [InlineData("Jumelage", ActionCategory.CapacityBuilding)]
    [InlineData("Institutionenaufbau", ActionCategory.CapacityBuilding)]
    [InlineData("Ausstattungshilfe", ActionCategory.CapacityBuilding)]
    [InlineData("Rückkehr und Reintegration", ActionCategory.ReturnAndReintegration)]
    [InlineData("Rückkehrhilfe", ActionCategory.ReturnAndReintegration)]
    [InlineData("Retour volontaire et réinsertion", ActionCategory.ReturnAndReintegration)]
    [InlineData("Coopération judiciaire", ActionCategory.JudicialCooperation)]
    [InlineData("Rechtshilfe", ActionCategory.JudicialCooperation)]
    [InlineData("Justizielle Zusammenarbeit", ActionCategory.JudicialCooperation)]
    [InlineData("Étude", ActionCategory.Research)]
    [InlineData("Forschungsprojekt", ActionCategory.Research)]
    [InlineData("Financement de projet", ActionCategory.Funding)]
    [InlineData("Projektförderung", ActionCategory.Funding)]
    [InlineData("Freiwilliger Beitrag", ActionCategory.Funding)]
    [InlineData("Accord bilatéral", ActionCategory.Agreement)]
    [InlineData("Bilaterales Abkommen", ActionCategory.Agreement)]
    [InlineData("Réunion de travail", ActionCategory.Coordination)]
    [InlineData("Arbeitstreffen", ActionCategory.Coordination)]
    [InlineData("Konferenz", ActionCategory.Coordination)]
    [InlineData("Verhandlungen", ActionCategory.Coordination)]
    [InlineData("Lutte contre la traite des êtres humains", ActionCategory.Other)]
    public void Forms_in_french_and_german_are_read_into_categories(string raw, ActionCategory expected)
    {
        Assert.Equal(expected, FormNormaliser.Normalise(raw).Category);
    }

    [Fact]
    public void Every_category_but_other_has_keywords_in_three_languages_and_a_label()
    {
        foreach (var category in ActionCategories.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(ActionCategories.Label(category)));
        }

        Assert.Equal(ActionCategories.All, FormKeywords.Instance.Categories.Order());
    }
}
