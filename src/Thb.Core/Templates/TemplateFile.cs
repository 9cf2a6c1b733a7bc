namespace Thb.Templates;

/// <summary>A made template: the workbook's bytes and the file name it is offered under.</summary>
public sealed record TemplateFile(string CycleId, string ContributorId, string FileName, byte[] Content, int CarriedRows)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileNameFor(string cycleId, string contributorId) => $"thb-return-{cycleId}-{contributorId}.xlsx";
}
