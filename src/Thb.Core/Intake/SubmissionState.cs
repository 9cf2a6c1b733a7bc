namespace Thb.Intake;

/// <summary>
/// Where a contributor stands in a cycle (JSON and text: none | accepted | accepted-with-warnings | rejected | checking |
/// retrying | failed): the last three while its newest upload has no verdict yet.
/// </summary>
public enum SubmissionState
{
    None,
    Accepted,
    AcceptedWithWarnings,
    Rejected,
    Checking,
    Retrying,
    Failed,
}
