using Thb.Cycles;

namespace Thb.Publication;

/// <summary>A delegation or EU body as the publication names it, with its kind and place in protocol order.</summary>
public sealed record PublicationContributor(string Id, string Name, ContributorKind Kind, int Order)
{
    public bool IsMemberState => Kind == ContributorKind.MemberState;
}
