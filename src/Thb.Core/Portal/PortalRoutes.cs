namespace Thb.Portal;

/// <summary>
/// The route templates and function names of every HTTP endpoint, under the Functions host's "api" prefix. Constants,
/// so the Functions' [HttpTrigger] attributes and the endpoint table (<see cref="ThbEndpoints"/>, mapped by `thb serve`)
/// spell them once.
/// </summary>
public static class PortalRoutes
{
    /// <summary>The Functions host's default route prefix; `thb serve` maps the same table under it.</summary>
    public const string ApiPrefix = "api";

    public const string Contributor = "portal/c/{cycle}/{contributor}";
    public const string Template = Contributor + "/template";
    public const string Uploads = Contributor + "/uploads";
    public const string Feedback = Contributor + "/feedback/{submission}";
    // The delegation's reply to the Presidency's review (issue 16), posted from its page.
    public const string Replies = Contributor + "/replies";

    public const string Presidency = "portal/p/{cycle}";
    public const string Status = Presidency + "/status";
    public const string Annex = Presidency + "/annex";
    public const string Asset = "portal/assets/{name}";
    public const string AnnexDownload = "annex/{cycle}";

    // The Presidency's workspace: a contributor's rows, the review's actions and "remind now" (forms that POST; Presidency links only).
    public const string PresidencyRows = Presidency + "/rows/{contributor}";
    public const string ReviewApprove = Presidency + "/review/{contributor}/approve";
    public const string ReviewRequestCorrection = Presidency + "/review/{contributor}/request-correction";
    public const string ReviewCorrect = Presidency + "/review/{contributor}/correct";
    public const string ReviewUndo = Presidency + "/review/{contributor}/undo";
    public const string ReviewRule = Presidency + "/review/{contributor}/rule";
    public const string RemindNow = Presidency + "/remind/{contributor}";
    public const string Health = "health";

    /// <summary>Function names (one function per route; <see cref="Uploads"/> answers GET and POST).</summary>
    public static class Names
    {
        public const string ContributorPage = "PortalContributorPage";
        public const string Template = "PortalTemplate";
        public const string Uploads = "PortalUploads";
        public const string Feedback = "PortalFeedback";
        public const string Replies = "PortalReplies";
        public const string PresidencyPage = "PortalPresidencyPage";
        public const string Status = "PortalStatus";
        public const string Annex = "PortalAnnex";
        public const string Asset = "PortalAsset";
        public const string AnnexDownload = "AnnexDownload";

        public const string PresidencyRows = "PortalPresidencyRows";
        public const string ReviewApprove = "PortalReviewApprove";
        public const string ReviewRequestCorrection = "PortalReviewRequestCorrection";
        public const string ReviewCorrect = "PortalReviewCorrect";
        public const string ReviewUndo = "PortalReviewUndo";
        public const string ReviewRule = "PortalReviewRule";
        public const string RemindNow = "PortalRemindNow";
        public const string Health = "Health";
    }
}
