using Thb.Cycles;

namespace Thb.Templates;

/// <summary>A made template: the workbook's bytes and the file name it is offered under.</summary>
public sealed record TemplateFile(CycleId CycleId, ContributorId ContributorId, string FileName, byte[] Content, int CarriedRows)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileNameFor(CycleId cycleId, ContributorId contributorId) => $"thb-return-{cycleId}-{contributorId}.xlsx";
}
