using Thb.Intake.Findings;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Intake.Returns;

/// <summary>The six columns of the annex, and the optional structured helper columns of the template.</summary>
public enum ReturnColumn
{
    CountryRegion,
    Form,
    Description,
    Partner,
    Duration,
    Funding,
    StartDate,
    EndDate,
    Ongoing,
    AmountEur,
}

public enum ReturnStatus
{
    Accepted,
    AcceptedWithWarnings,
    Rejected,
}

public static class ReturnStatuses
{
    public static string ToJson(ReturnStatus status) => status switch
    {
        ReturnStatus.Accepted => "accepted",
        ReturnStatus.AcceptedWithWarnings => "accepted-with-warnings",
        _ => "rejected",
    };

    public static ReturnStatus FromJson(string value) => value switch
    {
        "accepted" => ReturnStatus.Accepted,
        "accepted-with-warnings" => ReturnStatus.AcceptedWithWarnings,
        "rejected" => ReturnStatus.Rejected,
        _ => throw new FormatException($"Unknown return status '{value}'."),
    };

    public static ReturnStatus From(IEnumerable<Finding> findings)
    {
        var worst = findings.Select(f => f.Severity).DefaultIfEmpty(FindingSeverity.Info).Max();
        return worst switch
        {
            FindingSeverity.Error => ReturnStatus.Rejected,
            FindingSeverity.Warning => ReturnStatus.AcceptedWithWarnings,
            _ => ReturnStatus.Accepted,
        };
    }

    public static bool IsAccepted(this ReturnStatus status) => status != ReturnStatus.Rejected;
}

/// <summary>One action as the delegation wrote it (raw text in every value) and as it was read.</summary>
public sealed record ReturnRow(
    int Row,
    PlaceList CountryRegion,
    ActionForm Form,
    string Description,
    string Partner,
    Duration Duration,
    FundingValue Funding,
    IReadOnlyList<Finding> Findings);

/// <summary>Who and what a workbook says it is: labelled cells, or the template's hidden sheet.</summary>
public sealed record ReturnMetadata(
    string? Delegation,
    string? Cycle,
    string? ContributorId = null,
    string? TemplateVersion = null,
    string? DelegationCell = null,
    string? CycleCell = null,
    string? Sheet = null);

/// <summary>The verdict on one return: status, where the table was, every finding and every row.</summary>
public sealed record ReturnCheck(
    string File,
    ReturnStatus Status,
    string? Delegation,
    string? Cycle,
    string? Sheet,
    int? HeaderRow,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ReturnRow> Rows,
    ReturnMetadata Metadata)
{
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}
