using Thb.Cycles;

namespace Thb.Portal;

/// <summary>Links a page needs: the portal's base path and the token query ("?t=…") of the link it was opened with.</summary>
public sealed record PortalPaths(string Base, string TokenQuery)
{
    private static string E(string segment) => Uri.EscapeDataString(segment);

    public string Contributor(CycleId cycleId, ContributorId contributorId) => $"{Base}/c/{E(cycleId)}/{E(contributorId)}";

    public string ContributorPage(CycleId cycleId, ContributorId contributorId) => Contributor(cycleId, contributorId) + TokenQuery;
    public string Template(CycleId cycleId, ContributorId contributorId) => Contributor(cycleId, contributorId) + "/template" + TokenQuery;
    public string Uploads(CycleId cycleId, ContributorId contributorId) => Contributor(cycleId, contributorId) + "/uploads" + TokenQuery;
    /// <summary>The delegation's page in <paramref name="language"/> (a language switch link: the choice is remembered).</summary>
    public string ContributorPage(CycleId cycleId, ContributorId contributorId, Thb.Localisation.Language language) =>
        ContributorPage(cycleId, contributorId) + "&" + PortalLanguage.QueryName + "=" + language.Code;

    /// <summary>Where the delegation's reply to the Presidency is posted.</summary>
    public string Replies(CycleId cycleId, ContributorId contributorId) => Contributor(cycleId, contributorId) + "/replies" + TokenQuery;

    public string Feedback(CycleId cycleId, ContributorId contributorId, SubmissionId submissionId) => Contributor(cycleId, contributorId) + $"/feedback/{E(submissionId)}" + TokenQuery;

    /// <summary>The latest annex in a format ("xlsx" needs no format parameter).</summary>
    public string Annex(CycleId cycleId, string? format = null) => $"{Base}/p/{E(cycleId)}/annex{TokenQuery}" + (format is null ? "" : "&format=" + format);

    public string Asset(string name) => $"{Base}/assets/{name}";
}
