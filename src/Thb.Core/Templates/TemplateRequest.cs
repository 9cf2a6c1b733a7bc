using Thb.Cycles;

namespace Thb.Templates;

/// <summary>Everything one template is made from: who it is for, which cycle, and the rows carried over from an earlier cycle.</summary>
public sealed record TemplateRequest(
    Cycle Cycle,
    Contributor Contributor,
    IReadOnlyList<CarriedRow> Rows,
    string? FromCycleId = null,
    string? UploadLink = null);
