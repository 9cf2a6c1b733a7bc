namespace Thb.Cycles;

/// <summary>What a contributor is (CSV, tables and JSON: member-state | eu-body | commission).</summary>
public enum ContributorKind
{
    MemberState,
    EuBody,
    Commission,
}
