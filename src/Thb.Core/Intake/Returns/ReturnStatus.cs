namespace Thb.Intake.Returns;

/// <summary>The verdict on a return (JSON and tables: accepted | accepted-with-warnings | rejected).</summary>
public enum ReturnStatus
{
    Accepted,
    AcceptedWithWarnings,
    Rejected,
}
