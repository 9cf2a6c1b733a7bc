using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Intake.Returns;
using Thb.Localisation;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Templates;

/// <summary>
/// The examples of the Instructions sheet. What each one "reads as" is worked out by the normalisers when the template
/// is made, so the sheet can never promise a reading the intake does not give.
/// </summary>
public static class TemplateExamples
{
    public static IReadOnlyList<TemplateExample> All { get; } =
    [
        new(ReturnColumn.Duration, "1 March 2010 – 30 June 2011", "SeptDec. 2009 March-May 2010 April-? 2011",
            "Three periods and an unknown month in one cell are read as one span. Give the overall period, or one action per row."),
        new(ReturnColumn.Duration, "December 2007 – December 2010", "200712-201012",
            "Digits run together are hard to read and easy to take for a number. Write the month names."),
        new(ReturnColumn.Duration, "since 12 November 2009, ongoing", "on regular basis",
            "No dates at all: say since when, and that it is still running."),
        new(ReturnColumn.Duration, "June 2011 (planned)", "To be published Summer 2011",
            "A season is read as its three months (June to August). Give the month you expect."),
        new(ReturnColumn.Funding, "45.000 EUR", "XX",
            "A placeholder: no amount is read. Write the amount, or \"not available\"."),
        new(ReturnColumn.Funding, "250.000 EUR (2,73 MSEK)", "2,730 MSEK",
            "Not in euro: no EUR amount is read. Write the EUR amount; keep the original in brackets."),
        new(ReturnColumn.Funding, "not available (financed by MoI Bulgaria and MoI Georgia)", "MoI Bulgaria and MoI Georgia",
            "The partners, not the funding. Say that no amount is available, and who pays."),
        new(ReturnColumn.Funding, "481.448 EUR", "2009/10: Liberia: €481,448 2009/10: Sierra Leone: €1,149,77:",
            "Two actions and two amounts in one cell, the second cut short. One action per row, one amount each."),
    ];

    /// <summary>
    /// The examples as a template in <paramref name="language"/> shows them: what to write in the language's own words
    /// (TemplateTexts "Example.N.Good", read by the same normalisers), why; the poor examples stay as the 2011 annex wrote them.
    /// </summary>
    public static IReadOnlyList<TemplateExample> For(Language language)
    {
        if (language.IsEnglish) return All;
        var texts = TemplateTexts.In(language);
        return All.Select((e, i) => e with { Good = texts[$"Example.{i + 1}.Good"], Why = texts[$"Example.{i + 1}.Why"] }).ToList();
    }

    /// <summary>"1 March 2010 – 30 June 2011" → "2010-03-01 to 2011-06-30".</summary>
    public static string ReadsAs(ReturnColumn column, string text) => ReadsAs(column, text, Language.English);

    /// <summary>"1er mars 2010 – 30 juin 2011" → "du 2010-03-01 au 2011-06-30": dates as ISO, the words in the language.</summary>
    public static string ReadsAs(ReturnColumn column, string text, Language language) => column switch
    {
        ReturnColumn.Duration => Describe(DurationNormaliser.Normalise(text), language),
        ReturnColumn.Funding => Describe(FundingNormaliser.Normalise(text), language),
        _ => text,
    };

    public static string Describe(Duration d) => Describe(d, Language.English);

    public static string Describe(Duration d, Language language)
    {
        var texts = TemplateTexts.In(language);
        return d.Kind switch
        {
            DurationKind.Range => texts.Format("ReadAs.Range", d.Start?.ToString() ?? "…", d.End?.ToString() ?? "…") + (d.Ongoing ? texts["ReadAs.Ongoing"] : ""),
            DurationKind.Single => $"{d.Start}",
            DurationKind.OpenEnded => d.Start is { } s ? texts.Format("ReadAs.Since", s.ToString()) : texts["ReadAs.OngoingNoStart"],
            DurationKind.Recurring => texts["ReadAs.Recurring"],
            DurationKind.Empty => texts["ReadAs.Nothing"],
            _ => texts["ReadAs.Unparseable"],
        };
    }

    public static string Describe(FundingValue f) => Describe(f, Language.English);

    public static string Describe(FundingValue f, Language language)
    {
        var texts = TemplateTexts.In(language);
        string Euro(decimal amount) => amount.ToString(amount == decimal.Truncate(amount) ? "N0" : "N2", language.Culture) + " EUR";
        return f.Kind switch
        {
            FundingKind.Amount => Euro(f.AmountEur!.Value),
            FundingKind.Range => texts.Format("ReadAs.AmountRange", f.MinEur is { } min ? Euro(min) : "…", f.MaxEur is { } max ? Euro(max) : "…"),
            FundingKind.NotAvailable => texts["ReadAs.NotAvailable"],
            FundingKind.NonMonetary => texts["ReadAs.NonMonetary"],
            FundingKind.Placeholder => texts["ReadAs.Placeholder"],
            FundingKind.OtherCurrency => f.Original is { } m
                ? texts.Format("ReadAs.OtherCurrency", m.Amount.ToString("N0", language.Culture), m.Currency)
                : texts["ReadAs.OtherCurrencyUnknown"],
            _ => texts["ReadAs.Nothing"],
        };
    }
}
