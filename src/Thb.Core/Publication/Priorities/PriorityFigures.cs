namespace Thb.Publication.Priorities;

/// <summary>
/// The figures of one country, region or organisation: actions, which contributors (Member States counted, EU bodies
/// named), forms of action, known funding, years covered and change since the previous cycle (null when there is none).
/// </summary>
public sealed record PriorityFigures(
    int Actions,
    IReadOnlyList<string> MemberStates,
    IReadOnlyList<string> EuBodies,
    IReadOnlyList<FormCount> Forms,
    FundingSummary Funding,
    YearSpan? Years,
    ChangeSummary? Change)
{
    public int Contributors => MemberStates.Count + EuBodies.Count;
}
