using System.Globalization;
using System.Text;

namespace Thb.Intake.Returns;

/// <summary>
/// What a return looks like: the annex's column headers with the variants delegations really write, the template's
/// helper columns, the metadata labels and the template's hidden sheet. Templates write what the reader reads from here.
/// </summary>
public static class ReturnLayout
{
    /// <summary>How far down the header row may sit.</summary>
    public const int HeaderSearchRows = 30;

    public const string DelegationLabel = "Delegation";
    public const string CycleLabel = "Reporting cycle";

    /// <summary>The template's hidden sheet: key in column A, value in column B.</summary>
    public const string MetadataSheetName = "_thb";
    public const string MetadataCycleKey = "cycle";
    public const string MetadataContributorKey = "contributor";
    public const string MetadataDelegationKey = "delegation";
    public const string MetadataTemplateVersionKey = "templateVersion";

    public static IReadOnlyList<ReturnColumn> AnnexColumns { get; } =
    [
        ReturnColumn.CountryRegion, ReturnColumn.Form, ReturnColumn.Description,
        ReturnColumn.Partner, ReturnColumn.Duration, ReturnColumn.Funding,
    ];

    public static IReadOnlyList<ReturnColumn> HelperColumns { get; } =
    [
        ReturnColumn.StartDate, ReturnColumn.EndDate, ReturnColumn.Ongoing, ReturnColumn.AmountEur,
    ];

    /// <summary>The header text as the annex prints it (and the template writes it).</summary>
    public static string Header(ReturnColumn column) => column switch
    {
        ReturnColumn.CountryRegion => "Country/ region or organisation at international level",
        ReturnColumn.Form => "Form or structure of actions and activities",
        ReturnColumn.Description => "Description of actions and activities",
        ReturnColumn.Partner => "Partner organisation",
        ReturnColumn.Duration => "Duration (start/end date)",
        ReturnColumn.Funding => "Funding in EUR",
        ReturnColumn.StartDate => "Start date",
        ReturnColumn.EndDate => "End date",
        ReturnColumn.Ongoing => "Ongoing",
        ReturnColumn.AmountEur => "Amount in EUR",
        _ => column.ToString(),
    };

    /// <summary>Recognises a header cell, whatever its spelling; null when the text is not a known header.</summary>
    public static ReturnColumn? Recognise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200) return null;
        var t = " " + Normalise(text) + " ";
        if (t.Trim().Length == 0) return null;

        // Helper columns first: they are short and would otherwise read as durations or funding.
        if (t.Trim().Length <= 40)
        {
            if (Has(t, "amount in eur", "amount eur", "amount in euro")) return ReturnColumn.AmountEur;
            if (StartsWith(t, "start date", "date of start", "starting date", "from date", "date from", "start")) return ReturnColumn.StartDate;
            if (StartsWith(t, "end date", "date of end", "ending date", "to date", "date to", "end")) return ReturnColumn.EndDate;
            if (StartsWith(t, "ongoing", "on going", "still ongoing", "still running")) return ReturnColumn.Ongoing;
        }
        if (Has(t, "form or structure", "form of action", "type of action", "type of activit", "kind of action", "nature of action", "form structure") ||
            StartsWith(t, "form ", "forms ", "structure ")) return ReturnColumn.Form;
        if (Has(t, "description", "objectives and results", "beschreibung", "descriptif") ||
            StartsWith(t, "actions and activities", "activities", "action ", "actions ")) return ReturnColumn.Description;
        if (Has(t, " country", " countries", " region", "organisation at international level", " pays ", " land ", " laender ", " staat ")) return ReturnColumn.CountryRegion;
        if (Has(t, "partner", "promoter", "implementing", "counterpart", "partenaire")) return ReturnColumn.Partner;
        if (Has(t, "duration", "start/end", "start / end", "start end", "period", "timeframe", "time frame", " dates ", " date ", "dauer", "duree", "zeitraum", "timeline", "calendar")) return ReturnColumn.Duration;
        if (Has(t, "funding", "budget", "amount", " cost", "financing", "finance", " in eur", " eur ", "finanzierung", "financement", "montant", "kosten")) return ReturnColumn.Funding;
        return null;
    }

    /// <summary>Lower case, no accents, "organization" spelled "organisation", punctuation other than "/" as spaces.</summary>
    public static string Normalise(string text)
    {
        var folded = Thb.Normalising.TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '/') builder.Append(char.ToLowerInvariant(c));
            else if (c == '&') builder.Append(" and ");
            else builder.Append(' ');
        }
        var collapsed = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Replace("organization", "organisation", StringComparison.Ordinal).Replace(" / ", "/", StringComparison.Ordinal);
    }

    private static bool Has(string text, params string[] needles) => needles.Any(n => text.Contains(n, StringComparison.Ordinal));

    private static bool StartsWith(string text, params string[] prefixes)
    {
        var trimmed = text.TrimStart();
        return prefixes.Any(p => trimmed.StartsWith(p.EndsWith(' ') ? p : p + " ", StringComparison.Ordinal) || trimmed.TrimEnd() == p.Trim());
    }

    internal static bool IsDelegationLabel(string normalised) =>
        normalised is "delegation" or "member state" or "contributor" or "submitted by" or "reporting delegation" or "delegation name"
            or "delegation/eu body" or "eu body" or "delegation or eu body" or "reporting member state" or "member state/eu body";

    internal static bool IsCycleLabel(string normalised) =>
        normalised is "reporting cycle" or "cycle" or "reporting period" or "cycle id" or "reporting round";
}
