using Thb.Cycles;

namespace Thb.Templates;

/// <summary>Everything one template is made from: who it is for, which cycle, and the rows carried over from an earlier cycle.</summary>
public sealed record TemplateRequest(
    Cycle Cycle,
    Contributor Contributor,
    IReadOnlyList<CarriedRow> Rows,
    string? FromCycleId = null,
    string? UploadLink = null,
    DateTimeOffset? MadeAt = null);

/// <summary>
/// An action carried over from an earlier cycle: the six texts exactly as the delegation wrote them, and the helper
/// columns filled from the normalised values only where they say the same thing (full dates, a EUR amount).
/// </summary>
public sealed record CarriedRow(
    string CountryRegion,
    string Form,
    string Description,
    string Partner,
    string Duration,
    string Funding,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    bool? Ongoing = null,
    decimal? AmountEur = null);

/// <summary>A made template: the workbook's bytes and the file name it is offered under.</summary>
public sealed record TemplateFile(string CycleId, string ContributorId, string FileName, byte[] Content, int CarriedRows)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileNameFor(string cycleId, string contributorId) => $"thb-return-{cycleId}-{contributorId}.xlsx";
}
