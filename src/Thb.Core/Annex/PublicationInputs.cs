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

    /// <summary>A contributor's part: its rows in annex order (each made once, so a sub-section's rows are the section's), each labelled against the previous cycle; its sub-sections and parts.</summary>
    private static PublicationSection Section(AnnexSection section, CycleChanges? changes)
    {
        var rows = new Dictionary<ReturnRow, PublicationRow>(ReferenceEqualityComparer.Instance);
        PublicationRow Of(ReturnRow row) => rows.TryGetValue(row, out var made) ? made : rows[row] = WithChange(Row(row), changes?.Of(section.Contributor.Id, row.Row, row.Sheet));
        var parts = section.Parts;
        bool Under(Thb.Cycles.SectionTitle? s, AnnexSubsection sub) => s is { } t && sub.Title.Matches(t.Text);
        return new PublicationSection(
            new PublicationContributor(section.Contributor.Id, section.Contributor.Name, section.Contributor.Kind, section.Contributor.Order),
            section.Submission is { } s ? new PublicationSubmission(s.Id, s.FileName, s.UploadedAt) : null,
            section.Submission is null ? [] : section.InAnnexOrder.Select(Of).ToList())
        {
            Subsections = section.Submission is null ? [] : section.Subsections.Select(sub => new PublicationSubsection(sub.Title.Text, sub.Known, sub.Rows.Select(Of).ToList())
            {
                Narrative = parts.Narrative.Where(n => Under(n.Section, sub)).ToList(),
                Tables = parts.Tables.Where(t => Under(t.Section, sub)).ToList(),
            }).ToList(),
            Narrative = parts.Narrative.Where(n => n.Section is null).ToList(),
            Tables = parts.Tables.Where(t => t.Section is null).ToList(),
        };
    }

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
