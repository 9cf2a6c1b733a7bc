using Thb.Cycles;

namespace Thb.Portal.Pages;

/// <summary>Every sentence of the delegation's page, in one place (English for now; a resources pass replaces them here).</summary>
public static class ContributorTexts
{
    public static string Title(Contributor contributor, Cycle cycle) => $"{contributor.Name}: your return — {cycle.Title}";
    public static string Eyebrow(Cycle cycle) => $"{cycle.Title} · reporting cycle {cycle.Id}";
    public static string Heading(Contributor contributor) => $"{contributor.Name}: your return";

    public const string StandingHeading = "Where you stand";
    public const string NothingYet = "Nothing received yet.";
    public static string BeingChecked(UploadView latest) =>
        latest.Status == UploadState.Waiting ? $"Your upload {latest.FileName} is waiting to be checked." : $"Your upload {latest.FileName} is being checked.";
    public const string VerdictSoon = " Its verdict appears below in a moment.";
    public static string Retrying(UploadView latest) => $"Checking your upload {latest.FileName} failed, and we are trying again.";
    public const string RetryingDetail = " The file is kept; its verdict appears below once the check succeeds.";
    public static string Failed(UploadView latest) => $"{latest.FileName}:";
    public const string FailedDetail = " " + Thb.Intake.UploadAttempt.FailedText;
    public const string Accepted = "Received and accepted.";
    public static string AcceptedDetail(UploadView current) =>
        $" {current.FileName} ({PortalText.Count(current.Rows, "row")}, uploaded {current.UploadedAt}) is the return that counts." +
        (current.Warnings > 0 ? $" It has {PortalText.Count(current.Warnings, "warning")}: worth a look, but nothing you must fix." : "");
    public const string LatestRejected = "Your latest upload was rejected,";
    public static string KeptDetail(UploadView current) =>
        $" so your earlier accepted return {current.FileName} still counts. Correct the findings below and upload again if you meant to replace it.";
    public const string NotAccepted = "Not accepted yet:";
    public static string NotAcceptedDetail(UploadView latest) =>
        $" your upload {latest.FileName} was rejected. Correct the errors listed below (or in the marked-up workbook) and upload it again.";

    public static string Left(int days) => days > 1 ? $"{days} days left" : days == 1 ? "1 day left" : days == 0 ? "due today" : $"{PortalText.Count(-days, "day")} overdue";
    public const string Closed = "This reporting cycle is closed:";
    public const string ClosedDetail = " new uploads are kept but no longer accepted. Contact the Presidency if your return is missing.";

    public const string Step1 = "Download your template";
    public const string Step1TextBefore = "It already names your delegation and this reporting cycle. Fill in one action per row on the ";
    public const string Step1TextSheet = "Return";
    public const string Step1TextAfter = " sheet; keep the six column headings.";
    public const string DownloadTemplate = "Download the template (.xlsx)";

    public const string Step2 = "Upload your filled return";
    public static string FileLabel(long maxUploadBytes) => $"Your return (.xlsx; or your narrative as a Word document, .docx; at most {maxUploadBytes / 1048576} MB)";
    public const string FileHint = "The check takes a few seconds and its verdict appears below. You can upload again as often as you like before the deadline; your latest accepted upload is the one that counts.";
    public const string UploadButton = "Upload and check";
    public const string UploadProgress = "Upload progress";

    public const string Step3 = "Your uploads and their verdicts";
    public const string NoUploads = "No uploads yet. Each upload you make is listed here with its verdict.";
    public const string Counts = "the return that counts";
    public const string Uploaded = "Uploaded ";
    public const string Feedback = "Download the marked-up workbook";
    public const string FeedbackHint = "(your file with every finding highlighted and commented)";
    public const string Reload = "Reload this page to see the verdict.";

    public static string FindingsSummary(IReadOnlyList<FindingView> findings)
    {
        var parts = new[] { (Thb.Intake.Findings.FindingSeverity.Error, "error"), (Thb.Intake.Findings.FindingSeverity.Warning, "warning"), (Thb.Intake.Findings.FindingSeverity.Info, "note") }
            .Select(s => (Count: findings.Count(f => f.Severity == s.Item1), Word: s.Item2))
            .Where(p => p.Count > 0)
            .Select(p => PortalText.Count(p.Count, p.Word));
        return $"What the check found: {string.Join(", ", parts)}";
    }

    public const string Questions = "Questions about this report? Write to ";

    public const string ProblemTitle = "Your upload was not taken";
    public const string ProblemBack = "Back to your page";
}
