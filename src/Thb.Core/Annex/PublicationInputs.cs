using Thb.Changes;
using Thb.Intake.Returns;

using Thb.Publication;

namespace Thb.Annex;

/// <summary>
/// The adapter from the annex's input to the publication's (the publication knows nothing of the annex): the one place that reads the annex's rows, so
/// that a change of those types touches this file only. With the input's changes, each row carries its label and what changed.
/// </summary>
public static class PublicationInputs
{
    public static PublicationInput From(AnnexInput input, PreviousCycleChanges? previous = null) => new(
        input.Cycle.Id,
        input.Cycle.Title,
        input.CompiledAt,
        input.Stem,
        input.InProtocolOrder.Select(s => Section(s, input.Changes)).ToList(),
        previous);

    private static PublicationSection Section(AnnexSection section, CycleChanges? changes) => new(
        new PublicationContributor(section.Contributor.Id, section.Contributor.Name, section.Contributor.Kind, section.Contributor.Order),
        section.Submission is { } s ? new PublicationSubmission(s.Id, s.FileName, s.UploadedAt) : null,
        section.Submission is null ? [] : section.Rows.Select(r => WithChange(Row(r), changes?.Of(section.Contributor.Id, r.Row))).ToList());

    private static PublicationRow WithChange(PublicationRow row, RowMatch? match) => match?.Label switch
    {
        ChangeLabel.New => row with { Change = RowChange.New },
        ChangeLabel.Continued => row with { Change = RowChange.Continued, Amendments = match.Amendments },
        _ => row,
    };

    public static PublicationRow Row(ReturnRow row) => new(
        row.Row,
        new AnnexCells(row.CountryRegion.Raw, row.Form.Raw, row.Description.Raw, row.Partner.Raw, row.Duration.Raw, row.Funding.Raw),
        row.CountryRegion.Places,
        row.Form.Category,
        row.Duration,
        row.Funding);
}
