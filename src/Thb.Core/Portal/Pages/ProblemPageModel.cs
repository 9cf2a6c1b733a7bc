using Thb.Cycles;
using Thb.Localisation;

namespace Thb.Portal.Pages;

/// <summary>
/// An upload or a reply sent without script that could not be taken: what to do, and the way back to the page, in the
/// language the page was read in (<paramref name="TitleKey"/>: ProblemTitle or ReplyProblemTitle).
/// </summary>
public sealed record ProblemPageModel(PortalPaths Paths, Cycle Cycle, Contributor Contributor, string Message, Language Language = default, string TitleKey = "ProblemTitle")
{
    public ContributorTexts Texts => ContributorTexts.In(Language);
}
