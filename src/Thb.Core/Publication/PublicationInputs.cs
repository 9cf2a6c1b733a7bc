using Thb.Annex;
using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Publication;

/// <summary>
/// The adapter from the annex's input to the publication's: the one place that reads the annex's row documents, so
/// that a change of those types touches this file only.
/// </summary>
public static class PublicationInputs
{
    public static PublicationInput From(AnnexInput input, PreviousCycleChanges? previous = null) => new(
        input.Cycle.Id,
        input.Cycle.Title,
        input.CompiledAt,
        input.Stem,
        input.InProtocolOrder.Select(Section).ToList(),
        previous);

    private static PublicationSection Section(AnnexSection section) => new(
        new PublicationContributor(section.Contributor.Id, section.Contributor.Name, section.Contributor.Kind, section.Contributor.Order),
        section.Submission is { } s ? new PublicationSubmission(s.Id, s.FileName, s.UploadedAt) : null,
        section.Submission is null ? [] : section.Rows.Select(Row).ToList());

    public static PublicationRow Row(RowDocument row) => new(
        row.Row,
        new AnnexCells(row.CountryRegion.Raw ?? "", row.Form.Raw ?? "", row.Description.Raw ?? "", row.Partner.Raw ?? "", row.Duration.Raw ?? "", row.Funding.Raw ?? ""),
        row.CountryRegion.Places.Select(Place).ToList(),
        ActionCategories.All.Where(c => ActionCategories.ToJson(c) == row.Form.Category).Select(c => (ActionCategory?)c).FirstOrDefault(),
        Duration(row.Duration),
        Funding(row.Funding));

    private static Place Place(PlaceDocument place) => new(
        place.Kind switch { "country" => PlaceKind.Country, "region" => PlaceKind.Region, _ => PlaceKind.Organisation },
        place.Name,
        place.Code);

    private static Duration Duration(DurationDocument d) => new(
        d.Raw ?? "",
        DurationKinds.TryFromJson(d.Kind, out var kind) ? kind : DurationKind.Unparseable,
        d.Start is { } start && PartialDate.TryParseIso(start, out var s) ? s : null,
        d.End is { } end && PartialDate.TryParseIso(end, out var e) ? e : null,
        d.Ongoing);

    private static FundingValue Funding(FundingDocument f) => new(
        f.Raw ?? "",
        FundingKinds.TryFromJson(f.Kind, out var kind) ? kind : FundingKind.Empty,
        f.AmountEur,
        f.MinEur,
        f.MaxEur,
        f.Note,
        f.OriginalAmount is { } amount && f.OriginalCurrency is { } currency ? new Money(amount, currency) : null);
}
