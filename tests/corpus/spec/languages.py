"""Per language: the six headers as a delegation of that language writes them, helper headers, metadata labels, notes."""

HEADERS = {
    "en": ["Country/ region or organisation at international level", "Form or structure of actions and activities",
           "Description of actions and activities", "Partner organisation", "Duration (start/end date)", "Funding in EUR"],
    "en-variant": ["Country / Region", "Type of action", "Description", "Partners", "Duration", "Budget (EUR)"],
    "fr": ["Pays/ région ou organisation au niveau international", "Forme ou structure des actions et activités",
           "Description des actions et activités", "Organisation partenaire", "Durée (date de début/fin)", "Financement en EUR"],
    "fr-variant": ["Pays / région", "Type d'action", "Descriptif", "Partenaires", "Durée", "Montant (EUR)"],
    "de": ["Land/ Region oder Organisation auf internationaler Ebene", "Form oder Struktur der Maßnahmen und Aktivitäten",
           "Beschreibung der Maßnahmen und Aktivitäten", "Partnerorganisation", "Dauer (Beginn/Ende)", "Finanzierung in EUR"],
    "de-variant": ["Land / Region", "Art der Maßnahme", "Beschreibung", "Partner", "Zeitraum", "Kosten (EUR)"],
}

# The template's helper columns Start date / End date, as each language heads them.
SPLIT_HEADERS = {
    "en": ("Start date", "End date"),
    "fr": ("Date de début", "Date de fin"),
    "de": ("Beginn", "Ende"),
}

DELEGATION_LABELS = {
    "en": ["Delegation", "Member State"],
    "fr": ["Délégation", "État membre"],
    "de": ["Delegation", "Mitgliedstaat"],
}
CYCLE_LABELS = {
    "en": ["Reporting cycle", "Reporting period"],
    "fr": ["Cycle de rapport", "Période de référence"],
    "de": ["Berichtszyklus", "Berichtszeitraum"],
}

TITLES = {
    "en": "External actions and activities against trafficking in human beings initiated after November 2009",
    "fr": "Actions et activités extérieures de lutte contre la traite des êtres humains engagées après novembre 2009",
    "de": "Externe Maßnahmen und Aktivitäten gegen Menschenhandel, eingeleitet nach November 2009",
}

NOTES = {
    "en": ["Source: Ministry of the Interior, Department for Combating THB.", "* Amounts are indicative."],
    "fr": ["Source : ministère de l'Intérieur, OCRTEH.", "* Les montants sont indicatifs."],
    "de": ["Quelle: Bundesministerium des Innern, Referat ÖS I 4.", "* Beträge sind Schätzwerte."],
}

INSTRUCTIONS = {
    "en": ["Instructions", "Fill in one action per row on the sheet 'Return'.", "Write amounts in EUR.",
           "Do not change the column headers."],
    "fr": ["Instructions", "Indiquez une action par ligne dans la feuille « Rapport ».", "Indiquez les montants en EUR.",
           "Ne modifiez pas les en-têtes de colonnes."],
    "de": ["Hinweise", "Bitte eine Maßnahme je Zeile im Blatt „Bericht“ eintragen.", "Beträge bitte in EUR angeben.",
           "Spaltenüberschriften bitte nicht ändern."],
}

RETURN_SHEET = {"en": "Return", "fr": "Rapport", "de": "Bericht"}
HIDDEN_HEADER = {"en": "Internal ref.", "fr": "Réf. interne", "de": "Interne Ref."}
