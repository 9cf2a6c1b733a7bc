using Thb.Publication.Charts;

namespace Thb.Annex;

/// <summary>The sheets after the contributors' sections, as the Contents sheet lists them (with a link to each).</summary>
public static class AnnexSheetGuide
{
    public static IReadOnlyList<(string Sheet, string About)> Others { get; } =
    [
        (AnnexWorkbook.PlacesSheet, "actions, contributors and EUR totals per country, region or organisation"),
        (AnnexWorkbook.FormsSheet, "actions and EUR totals per form of action"),
        (AnnexWorkbook.FundingSheet, "known funding per contributor: EUR amounts, ranges, other currencies"),
        (PrioritySheet.Name, "the ranked priority third countries, regions (both ways) and organisations"),
        (ChartsSheet.DefaultName, "charts of actions by region, by form of action, funding by year; the world map"),
    ];
}
