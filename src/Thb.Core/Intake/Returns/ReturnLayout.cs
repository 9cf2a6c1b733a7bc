using System.Text;
using Thb.Normalising;

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
    /// <summary>The contributor's section titles, separated by '|' (templates of sectioned contributors only).</summary>
    public const string MetadataSectionsKey = "sections";
    /// <summary>The template's own sheets (its Instructions and Lists, in its language), separated by '|': never read as a part of the return.</summary>
    public const string MetadataTemplateSheetsKey = "templateSheets";

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

    /// <summary>What each header text seen before was recognised as: a sheet repeats its headers, returns share them.</summary>
    private static readonly BoundedMemo<string, ReturnColumn?> Recognised = new(4096);

    /// <summary>Recognises a header cell in English, French or German, whatever its spelling (the phrases of
    /// <see cref="ReturnLayoutVocabulary"/>, tried in order); null when the text is not a known header.</summary>
    public static ReturnColumn? Recognise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200) return null;
        return Recognised.GetOrAdd(text, RecogniseText);
    }

    private static ReturnColumn? RecogniseText(string text)
    {
        var normalised = Normalise(text);
        if (normalised.Length == 0) return null;
        var (padded, words) = (HeaderRule.Padded(normalised), HeaderRule.Words(normalised));
        var vocabulary = ReturnLayoutVocabulary.Instance;
        // Most texts a row walk asks about are an action's cells: one pass for every phrase tells them apart.
        if (!vocabulary.MayNameColumn(padded, words)) return null;
        foreach (var rule in vocabulary.Headers)
        {
            if (rule.Short && normalised.Length > 40) continue;
            if (rule.Matches(padded, words)) return rule.Column;
        }
        return null;
    }

    /// <summary>Lower case, no accents, "organization" spelled "organisation", punctuation other than "/" as spaces
    /// (runs of them as one), "&amp;" as "and", " / " as "/".</summary>
    public static string Normalise(string text)
    {
        var folded = Thb.Normalising.TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length + 8);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '/')
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c == '&')
            {
                if (builder.Length > 0) builder.Append(' ');
                builder.Append("and");
                space = true;
            }
            else space = true;
        }
        var collapsed = builder.ToString();
        if (collapsed.Contains("organization", StringComparison.Ordinal)) collapsed = collapsed.Replace("organization", "organisation", StringComparison.Ordinal);
        return collapsed.Contains(" / ", StringComparison.Ordinal) ? collapsed.Replace(" / ", "/", StringComparison.Ordinal) : collapsed;
    }

    internal static bool IsDelegationLabel(string normalised) => ReturnLayoutVocabulary.Instance.DelegationLabels.Contains(normalised);

    internal static bool IsCycleLabel(string normalised) => ReturnLayoutVocabulary.Instance.CycleLabels.Contains(normalised);
}
