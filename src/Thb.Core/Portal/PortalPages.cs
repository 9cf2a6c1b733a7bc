using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Json;

namespace Thb.Portal;

/// <summary>
/// The portal's two pages as plain HTML (no framework, no CDN: the CSP allows only this app's own CSS and script).
/// Dates and times are Brussels time, as the deadlines are; every dynamic text is HTML-encoded.
/// </summary>
internal static class PortalPages
{
    /// <summary>Links a page needs: the portal's base path and the token query ("?t=…") of the link it was opened with.</summary>
    public sealed record Paths(string Base, string TokenQuery);

    // ---- Delegation ------------------------------------------------------------------------------------------------

    public static string Contributor(Paths paths, Cycle cycle, Contributor contributor, IReadOnlyList<UploadView> uploads, DateOnly today, long maxUploadBytes)
    {
        var own = $"{paths.Base}/c/{Escape(cycle.Id)}/{Escape(contributor.Id)}";
        var html = new StringBuilder();
        Head(html, paths, $"{contributor.Name}: your return — {cycle.Title}");
        html.Append("<header><div class=\"wrap\"><p class=\"eyebrow\">").Append(H(cycle.Title)).Append(" · reporting cycle ").Append(H(cycle.Id)).Append("</p>")
            .Append("<h1>").Append(H(contributor.Name)).Append(": your return</h1></div></header><main>");

        html.Append("<section id=\"standing\" class=\"standing ").Append(StandingClass(uploads)).Append("\" aria-labelledby=\"standing-title\">")
            .Append("<h2 id=\"standing-title\">Where you stand</h2>");
        AppendStanding(html, cycle, contributor, uploads, today);
        html.Append("</section>");

        html.Append("<section aria-labelledby=\"step1\"><h2 id=\"step1\"><span class=\"step\">1</span> Download your template</h2>")
            .Append("<p>It already names your delegation and this reporting cycle. Fill in one action per row on the <em>Return</em> sheet; keep the six column headings.</p>")
            .Append("<p><a class=\"button secondary\" id=\"template-link\" href=\"").Append(H(own + "/template" + paths.TokenQuery)).Append("\">Download the template (.xlsx)</a></p></section>");

        html.Append("<section aria-labelledby=\"step2\"><h2 id=\"step2\"><span class=\"step\">2</span> Upload your filled return</h2>")
            .Append("<form id=\"upload-form\" method=\"post\" enctype=\"multipart/form-data\" action=\"").Append(H(own + "/uploads" + paths.TokenQuery))
            .Append("\" data-uploads-url=\"").Append(H(own + "/uploads" + paths.TokenQuery)).Append("\" data-page-url=\"").Append(H(own + paths.TokenQuery)).Append("\">")
            .Append("<label for=\"file\">Your return (.xlsx; or your narrative as a Word document, .docx; at most ").Append(maxUploadBytes / 1048576).Append(" MB)</label>")
            .Append("<input id=\"file\" name=\"file\" type=\"file\" accept=\".xlsx,.xlsm,.docx,.docm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document\" aria-describedby=\"file-hint\" required>")
            .Append("<p id=\"file-hint\" class=\"hint\">The check takes a few seconds and its verdict appears below. You can upload again as often as you like before the deadline; your latest accepted upload is the one that counts.</p>")
            .Append("<button id=\"upload-button\" type=\"submit\">Upload and check</button>")
            .Append("<div id=\"progress-row\" class=\"progress-row\" hidden><label for=\"upload-progress\">Upload progress</label><progress id=\"upload-progress\" max=\"100\" value=\"0\">0%</progress></div>")
            .Append("<div id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\"></div></form></section>");

        html.Append("<section aria-labelledby=\"step3\"><h2 id=\"step3\"><span class=\"step\">3</span> Your uploads and their verdicts</h2><div id=\"uploads\">");
        AppendUploads(html, uploads);
        html.Append("</div></section>");
        AppendContact(html, cycle);
        html.Append("</main><script src=\"").Append(H(paths.Base + "/assets/portal.js")).Append("\"></script></body></html>");
        return html.ToString();
    }

    private static string StandingClass(IReadOnlyList<UploadView> uploads)
    {
        var latest = uploads.FirstOrDefault();
        if (latest is null) return "none";
        if (!UploadStates.HasVerdict(latest.Status)) return "pending";
        if (uploads.Any(u => u.Current)) return latest.Current || latest.Status != UploadState.Rejected ? "accepted" : "kept";
        return "rejected";
    }

    /// <summary>The first thing a delegation reads: has its return arrived and been accepted, and how long is left.</summary>
    private static void AppendStanding(StringBuilder html, Cycle cycle, Contributor contributor, IReadOnlyList<UploadView> uploads, DateOnly today)
    {
        var latest = uploads.FirstOrDefault();
        var current = uploads.FirstOrDefault(u => u.Current);
        html.Append("<p class=\"lead\">");
        if (latest is null)
            html.Append("<strong>Nothing received yet.</strong>");
        else if (latest.Status == UploadState.Pending)
            html.Append("<strong>Your upload ").Append(H(latest.FileName)).Append(" is being checked.</strong> Its verdict appears below in a moment.");
        else if (latest.Status == UploadState.Retrying)
            html.Append("<strong>Checking your upload ").Append(H(latest.FileName)).Append(" failed, and we are trying again.</strong> The file is kept; its verdict appears below once the check succeeds.");
        else if (latest.Status == UploadState.Failed)
            html.Append("<strong>").Append(H(latest.FileName)).Append(":</strong> ").Append(H(UploadAttempt.FailedText));
        else if (current is not null && (latest.Current || latest.Status != UploadState.Rejected))
            html.Append("<strong>Received and accepted.</strong> ").Append(H(current.FileName)).Append(" (").Append(Count(current.Rows, "row"))
                .Append(", uploaded ").Append(H(current.UploadedAt)).Append(") is the return that counts.")
                .Append(current.Warnings > 0 ? $" It has {Count(current.Warnings, "warning")}: worth a look, but nothing you must fix." : "");
        else if (current is not null)
            html.Append("<strong>Your latest upload was rejected,</strong> so your earlier accepted return ").Append(H(current.FileName))
                .Append(" still counts. Correct the findings below and upload again if you meant to replace it.");
        else
            html.Append("<strong>Not accepted yet:</strong> your upload ").Append(H(latest.FileName))
                .Append(" was rejected. Correct the errors listed below (or in the marked-up workbook) and upload it again.");
        html.Append("</p>");

        var deadline = contributor.DeadlineIn(cycle);
        var days = deadline.DayNumber - today.DayNumber;
        var left = days > 1 ? $"{days} days left" : days == 1 ? "1 day left" : days == 0 ? "due today" : $"{Count(-days, "day")} overdue";
        html.Append("<p class=\"deadline\">Deadline: <strong>").Append(H(deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)))
            .Append("</strong>, end of the day in Brussels — ").Append(H(left)).Append(".</p>");
        if (!cycle.IsOpen)
            html.Append("<p class=\"closed\"><strong>This reporting cycle is closed:</strong> new uploads are kept but no longer accepted. Contact the Presidency if your return is missing.</p>");
    }

    private static void AppendUploads(StringBuilder html, IReadOnlyList<UploadView> uploads)
    {
        if (uploads.Count == 0)
        {
            html.Append("<p class=\"hint\">No uploads yet. Each upload you make is listed here with its verdict.</p>");
            return;
        }
        html.Append("<ol class=\"uploads\">");
        for (var i = 0; i < uploads.Count; i++)
        {
            var u = uploads[i];
            html.Append("<li class=\"upload\"><div class=\"upload-head\"><span class=\"file\">").Append(H(u.FileName)).Append("</span>")
                .Append("<span class=\"verdict ").Append(H(KebabCase.Of(u.Status))).Append("\">").Append(H(VerdictText(u.Status))).Append("</span>")
                .Append(u.Current ? "<span class=\"counts\">the return that counts</span>" : "").Append("</div>")
                .Append("<p class=\"meta\">Uploaded ").Append(H(u.UploadedAt));
            if (UploadStates.HasVerdict(u.Status))
                html.Append(" · ").Append(Count(u.Rows, "row")).Append(", ").Append(Count(u.Errors, "error")).Append(", ").Append(Count(u.Warnings, "warning"));
            html.Append("</p>");
            if (u.Findings.Count > 0)
            {
                // The newest upload's findings are what the delegation came for when it was rejected: open them.
                var open = i == 0 && u.Status == UploadState.Rejected;
                html.Append("<details").Append(open ? " open" : "").Append("><summary>").Append(FindingsSummary(u.Findings)).Append("</summary><ul class=\"findings\">");
                foreach (var f in u.Findings)
                    html.Append("<li class=\"sev-").Append(H(KebabCase.Of(f.Severity))).Append("\"><span class=\"sev\">").Append(H(SeverityText(f.Severity))).Append("</span> ")
                        .Append(f.Where.Length > 0 ? "<span class=\"where\">" + H(f.Where) + "</span> " : "").Append(H(f.Message)).Append("</li>");
                html.Append("</ul></details>");
            }
            if (u.FeedbackUrl is not null)
                html.Append("<p class=\"feedback\"><a href=\"").Append(H(u.FeedbackUrl)).Append("\">Download the marked-up workbook</a> <span class=\"hint\">(your file with every finding highlighted and commented)</span></p>");
            html.Append("</li>");
        }
        html.Append("</ol>");
    }

    private static string FindingsSummary(IReadOnlyList<FindingView> findings)
    {
        var parts = new[] { (FindingSeverity.Error, "error"), (FindingSeverity.Warning, "warning"), (FindingSeverity.Info, "note") }
            .Select(s => (Count: findings.Count(f => f.Severity == s.Item1), Word: s.Item2))
            .Where(p => p.Count > 0)
            .Select(p => Count(p.Count, p.Word));
        return H($"What the check found: {string.Join(", ", parts)}");
    }

    private static void AppendContact(StringBuilder html, Cycle cycle)
    {
        if (string.IsNullOrWhiteSpace(cycle.OwnerEmail)) return;
        html.Append("<p class=\"contact\">Questions about this report? Write to <a href=\"mailto:").Append(H(cycle.OwnerEmail)).Append("\">")
            .Append(H(cycle.OwnerEmail)).Append("</a>.</p>");
    }

    // ---- Presidency ------------------------------------------------------------------------------------------------

    public sealed record AnnexLinks(DateTimeOffset CompiledAt, string Xlsx, string Csv);

    public static string Presidency(Paths paths, Cycle cycle, IReadOnlyList<ContributorStatus> statuses, IReadOnlyDictionary<string, int> reminders, AnnexLinks? annex)
    {
        var accepted = statuses.Count(s => s.HasAccepted);
        var html = new StringBuilder();
        Head(html, paths, $"{cycle.Title} — Presidency");
        html.Append("<header><div class=\"wrap wide\"><p class=\"eyebrow\">Presidency · reporting cycle ").Append(H(cycle.Id)).Append(cycle.IsOpen ? "" : " (closed)").Append("</p>")
            .Append("<h1>").Append(H(cycle.Title)).Append("</h1></div></header><main class=\"wide\">");

        html.Append("<section class=\"standing ").Append(accepted == statuses.Count ? "accepted" : "pending").Append("\" aria-labelledby=\"overview\"><h2 id=\"overview\">Where the cycle stands</h2>")
            .Append("<p class=\"lead\"><strong>").Append(accepted).Append(" of ").Append(statuses.Count).Append("</strong> contributors have an accepted return.</p>")
            .Append("<p class=\"deadline\">Deadline: <strong>").Append(H(cycle.Deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)))
            .Append("</strong>, end of the day in Brussels.</p></section>");

        html.Append("<section aria-labelledby=\"annex\"><h2 id=\"annex\">Consolidated annex</h2>");
        if (annex is null)
            html.Append("<p>No annex has been compiled yet. It is compiled automatically on a schedule once accepted returns have arrived.</p>");
        else
            html.Append("<p>Latest version compiled ").Append(H(Brussels(annex.CompiledAt))).Append(", from every accepted return at that time.</p>")
                .Append("<p class=\"buttons\"><a class=\"button\" id=\"annex-xlsx\" href=\"").Append(H(annex.Xlsx)).Append("\">Download the annex (.xlsx)</a> ")
                .Append("<a class=\"button secondary\" id=\"annex-csv\" href=\"").Append(H(annex.Csv)).Append("\">Download all rows (.csv)</a></p>");
        html.Append("</section>");

        html.Append("<section aria-labelledby=\"who\"><h2 id=\"who\">Who has submitted</h2>")
            .Append("<table><thead><tr><th scope=\"col\">Contributor</th><th scope=\"col\">Status</th><th scope=\"col\">Last upload (Brussels time)</th>")
            .Append("<th scope=\"col\">Rows</th><th scope=\"col\">Errors / warnings</th><th scope=\"col\">Reminders sent</th></tr></thead><tbody>");
        foreach (var s in statuses)
        {
            var shown = s.Current ?? s.Latest;
            var state = KebabCase.Of(s.State);
            html.Append("<tr><th scope=\"row\" data-label=\"Contributor\">").Append(H(s.Contributor.Name)).Append("</th>")
                .Append("<td data-label=\"Status\"><span class=\"verdict ").Append(H(state)).Append("\">").Append(H(VerdictText(s.State))).Append("</span>")
                .Append(s.LatestRejectedButCurrentKept ? "<div class=\"hint\">latest upload rejected; the earlier accepted return counts</div>" : "")
                .Append(shown?.Late == true ? "<div class=\"hint\">late</div>" : "")
                .Append(s.Deadline != cycle.Deadline ? "<div class=\"hint\">deadline extended to " + H(s.Deadline.ToString("d MMMM", CultureInfo.InvariantCulture)) + "</div>" : "").Append("</td>")
                .Append("<td data-label=\"Last upload\">").Append(H(s.Latest is null ? "—" : BrusselsShort(s.Latest.UploadedAt))).Append("</td>")
                .Append("<td data-label=\"Rows\">").Append(shown?.Rows.ToString(CultureInfo.InvariantCulture) ?? "—").Append("</td>")
                .Append("<td data-label=\"Errors / warnings\">").Append(shown is null ? "—" : $"{shown.Errors} / {shown.Warnings}").Append("</td>")
                .Append("<td data-label=\"Reminders sent\">").Append(reminders.GetValueOrDefault(s.Contributor.Id).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }
        html.Append("</tbody></table><p class=\"hint\">Each delegation sees only its own page, through its own link; this page is for the Presidency only.</p></section>");
        html.Append("</main></body></html>");
        return html.ToString();
    }

    // ---- Shared ----------------------------------------------------------------------------------------------------

    private static void Head(StringBuilder html, Paths paths, string title) =>
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"><title>").Append(H(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(H(paths.Base + "/assets/portal.css")).Append("\"></head><body>");

    public static string VerdictText(UploadState status) => status switch
    {
        UploadState.Pending => "being checked",
        UploadState.Retrying => "checking failed, retrying",
        UploadState.Failed => "could not be checked (kept; we are looking into it)",
        _ => KebabCase.Of(status).Replace('-', ' '),
    };

    public static string VerdictText(SubmissionState state) => state switch
    {
        SubmissionState.None => "nothing yet",
        SubmissionState.Checking => "being checked",
        SubmissionState.Retrying => "checking failed, retrying",
        SubmissionState.Failed => "could not be checked (file kept; look into it)",
        _ => KebabCase.Of(state).Replace('-', ' '),
    };

    private static string SeverityText(FindingSeverity severity) => severity == FindingSeverity.Info ? "note" : KebabCase.Of(severity);

    /// <summary>"1 row", "15 rows", "no errors".</summary>
    public static string Count(int n, string word) => n switch
    {
        0 => $"no {word}s",
        1 => $"1 {word}",
        _ => $"{n.ToString(CultureInfo.InvariantCulture)} {word}s",
    };

    /// <summary>An instant as a delegation reads it: "29 Nov 2026, 12:42 Brussels time".</summary>
    public static string Brussels(DateTimeOffset instant) =>
        BrusselsTime.ToBrussels(instant).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " Brussels time";

    private static string BrusselsShort(DateTimeOffset instant) =>
        BrusselsTime.ToBrussels(instant).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    private static string H(string text) => HtmlEncoder.Default.Encode(text);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
