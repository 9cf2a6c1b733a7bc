using Thb.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>Who and what a workbook says it is: labelled cells, or the template's hidden sheet.</summary>
public sealed record ReturnMetadata(
    string? Delegation,
    string? Cycle,
    string? ContributorId = null,
    string? TemplateVersion = null,
    CellReference? DelegationCell = null,
    CellReference? CycleCell = null,
    string? Sheet = null)
{
    /// <summary>The section titles the template was made with (its hidden sheet's "sections"), for a check without the registry.</summary>
    public IReadOnlyList<Thb.Cycles.SectionTitle> Sections { get; init; } = [];

    /// <summary>The template's own sheets (its hidden sheet's "templateSheets"): not the delegation's.</summary>
    public IReadOnlyList<string> TemplateSheets { get; init; } = [];
}
