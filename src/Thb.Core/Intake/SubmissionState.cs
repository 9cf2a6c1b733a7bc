namespace Thb.Intake;

/// <summary>Where a contributor stands in a cycle (JSON and text: none | accepted | accepted-with-warnings | rejected).</summary>
public enum SubmissionState
{
    None,
    Accepted,
    AcceptedWithWarnings,
    Rejected,
}
