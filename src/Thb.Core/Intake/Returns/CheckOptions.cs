using Thb.Intake.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>What the caller knows about the return: who should have sent it and for which cycle.</summary>
public sealed record CheckOptions
{
    /// <summary>Names the workbook's Delegation cell may carry (the contributor's name and id); empty: anything goes.</summary>
    public IReadOnlyList<string> DelegationNames { get; init; } = [];
    public string? Cycle { get; init; }
    /// <summary>The contributor the file was submitted for; a template made for another contributor is rejected.</summary>
    public string? ContributorId { get; init; }
    /// <summary>The contributor's sub-sections (the registry's); empty: those of the template, if any.</summary>
    public IReadOnlyList<Thb.Cycles.SectionTitle> Sections { get; init; } = [];
    public WorkbookLimits Limits { get; init; } = WorkbookLimits.Default;
}
