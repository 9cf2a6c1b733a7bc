using Thb.Intake.Findings;

namespace Thb.Intake.Returns;

public static class ReturnStatuses
{
    /// <summary>The verdict the worst finding gives: an error rejects, a warning accepts with warnings.</summary>
    public static ReturnStatus From(IEnumerable<Finding> findings) =>
        findings.Select(f => f.Severity).DefaultIfEmpty(FindingSeverity.Info).Max() switch
        {
            FindingSeverity.Error => ReturnStatus.Rejected,
            FindingSeverity.Warning => ReturnStatus.AcceptedWithWarnings,
            _ => ReturnStatus.Accepted,
        };

    public static bool IsAccepted(this ReturnStatus status) => status != ReturnStatus.Rejected;
}
