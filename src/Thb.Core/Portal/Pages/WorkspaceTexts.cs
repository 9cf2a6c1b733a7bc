using System.Globalization;
using Thb.Changes;
using Thb.Intake.Returns;
using Thb.Json;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Reminders;
using Thb.Review;
using Thb.Review.Corrections;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Portal.Pages;

/// <summary>Every sentence of the Presidency's workspace (its desks and rows), in English: the Presidency's side stays English.</summary>
public static class WorkspaceTexts
{
    public const string Desks = "Contributors, one by one";
    public const string DesksHint = "Each contributor's return, its review, the rows to look at first, what changed since the previous cycle and its reminders.";
    public static string ReviewSummary(int approved, int requested, int accepted) =>
        $"{approved} of {accepted} accepted returns approved, {requested} with a correction requested.";
    public static string Attention(int rows) => rows switch
    {
        0 => "No row needs attention.",
        1 => "1 row needs attention.",
        _ => $"{PortalText.Count(rows, "row")} need attention.",
    };

    public static string ReviewText(ContributorReview? review) => review?.State switch
    {
        null => "nothing to review yet",
        ReviewState.Received => "received, not yet reviewed",
        ReviewState.Approved => "approved",
        _ => "correction requested",
    };

    public static string ReviewClass(ContributorReview? review) => review is null ? "none" : KebabCase.Of(review.State);
    public static string Decision(ReviewEntry decision) => $"{decision.By}, {PortalText.Brussels(decision.At)}";

    public const string OpenPage = "Its page";
    public static string OpenRows(int rows) => $"Its rows ({rows.ToString(CultureInfo.InvariantCulture)})";
    public const string AttentionHeading = "Rows needing attention";
    public static string MoreRows(int more) => $"and {PortalText.Count(more, "more row")}: see all its rows";
    public static string ChangesHeading(string previous) => $"Changes since {previous}";
    public const string NotCompared = "No accepted return yet: nothing to compare.";
    public const string NoActions = "Its return has no table of actions (a narrative alone): nothing to compare.";
    public const string RemindersHeading = "Reminders";
    public const string ReviewHeading = "Review";

    public static string Reasons(AttentionReasons reasons) => string.Join(", ", Enum.GetValues<AttentionReasons>()
        .Where(r => r != AttentionReasons.None && reasons.HasFlag(r))
        .Select(r => r switch
        {
            AttentionReasons.UnrecognisedPlaces => "places not recognised",
            AttentionReasons.UnreadableDuration => "duration not readable",
            AttentionReasons.OtherCurrency => "other currency",
            _ => "reading corrected",
        }));

    public static string RowLabel(ReturnRow row) => row.Sheet is { } sheet ? $"Row {row.Row} ({sheet})" : $"Row {row.Row.ToString(CultureInfo.InvariantCulture)}";

    public static string Places(PlaceList places) => places.Places.Count == 0 ? "none recognised" : string.Join(", ", places.Places.Select(p => p.Name));
    public static string Form(Thb.Normalising.Forms.ActionForm form) => form.Category is { } c ? KebabCase.Of(c).Replace('-', ' ') : "not recognised";

    public static string Duration(Duration d) => d.Kind switch
    {
        DurationKind.Unparseable => "not readable",
        DurationKind.Empty => "none written",
        DurationKind.Recurring => "recurring, no dates",
        _ => new CorrectedReading(ReadingField.Duration, Duration: d).Describe(),
    };

    public static string Funding(FundingValue f) => f.Kind switch
    {
        FundingKind.OtherCurrency => $"other currency: {f.Original}",
        FundingKind.Amount or FundingKind.Range => new CorrectedReading(ReadingField.Funding, Funding: f).Describe(),
        _ => KebabCase.Of(f.Kind).Replace('-', ' '),
    };

    public static string Correction(RowCorrection c) =>
        $"{KebabCase.Of(c.Field)} {(c.Source == CorrectionSource.Rule ? "read by rule" : "corrected")} by {c.By}, {PortalText.Brussels(c.At)}: {c.Reason}";

    public const string CorrectSummary = "Correct a reading";
    public const string FieldLabel = "Reading";
    public const string ValueLabel = "Corrected reading";
    public const string ValueHint = "Places: AT, UNODC · form: training · duration: 2012-03..2012-06 (2012-03.. ongoing) · funding: 12000, 10000..20000, non-monetary";
    public const string ReasonLabel = "Reason";
    public const string ByLabel = "Your name";
    public const string CorrectButton = "Correct the reading";
    public const string UndoButton = "Undo this correction";

    public static string Change(RowMatch match) => match.Label == ChangeLabel.Continued
        ? $"continued: {ChangeWords.Describe(match.Amendments)}"
        : ChangeWords.Label(match.Label);

    public static string Clip(string? text, int length = 160) =>
        string.IsNullOrEmpty(text) ? "" : text.Length <= length ? text : text[..length].TrimEnd() + "…";

    public static string Sent(OutboxEntry e) =>
        $"{(e.Type == OutboxEntryType.RequestedReminder ? "asked for by the Presidency" : e.Kind?.Describe() ?? "reminder")}, sent {PortalText.Brussels(e.SentAt ?? e.CreatedAt)}";
    public static string Waiting(OutboxEntry e) =>
        $"{(e.Type == OutboxEntryType.Correction ? "correction request" : "reminder")} recorded {PortalText.Brussels(e.CreatedAt)}, {KebabCase.Of(e.State)}";
    public const string NoneSent = "No reminder sent yet.";

    public static string Due(ContributorPlan plan) => plan.Standing switch
    {
        ReminderStanding.Due => $"Due now: {plan.Due!.Value.Describe()}.",
        ReminderStanding.NotYetDue when plan.Next is { } next => $"Next: {next.Kind.Describe()}, on {PortalText.Day(next.DueOn)}.",
        ReminderStanding.Submitted => "None due: an accepted return is in.",
        ReminderStanding.NoAddress => "Cannot be reminded: no e-mail address in the registry.",
        ReminderStanding.CycleClosed => "None: the cycle is closed.",
        _ => "",
    };

    public const string RemindNow = "Remind now";
    public const string ApproveButton = "Approve the return";
    public const string CommentLabel = "Comment to the delegation";
    public const string CellsLabel = "Rows or cells it is about (optional)";
    public const string CellsHint = "e.g. Return!A8, B12 — the e-mail and the delegation's page name them.";
    public const string RequestButton = "Request a correction";
    public const string RequestSummary = "Request a correction from the delegation";
    public static string Requested(ReviewEntry decision) => $"Correction requested by {Decision(decision)}";
    public static string ApprovedBy(ReviewEntry decision) => $"Approved by {Decision(decision)}";
    public static string RepliesHeading(int count) => count == 1 ? "The delegation's reply" : $"The delegation's replies ({count})";
    public static string ReplyBy(ReviewEntry reply) => $"{Decision(reply)}:";

    public const string RulesTitle = "Rules of the registry for these rows";
    public const string RulesHint = "A rule reads the same words the same way in every later upload and every recompile; the delegation's text stays as written.";
    public const string NoRules = "No rule applies to this contributor in this cycle.";
    public static string RuleText(Thb.Review.Corrections.ReadingRule rule) =>
        $"“{rule.Match}” → {KebabCase.Of(rule.Field)} {rule.Reading.Describe()} (cycle {rule.CycleId ?? "all"}, contributor {rule.ContributorId ?? "all"}) — {rule.Reason}, {rule.By}, {PortalText.Brussels(rule.At)}";
    public const string UndoRule = "Undo the rule";
    public const string AddRuleSummary = "Add a rule: read these words the same way from now on";
    public const string RuleMatchLabel = "Words in the delegation's text (whole words, case and accents aside)";
    public const string RuleFieldLabel = "What the rule sets";
    public const string RulePlaces = "Places (added to the reading)";
    public const string RuleForm = "Form category";
    public const string RuleValueLabel = "Reading";
    public const string RuleValueHint = "Places: country codes or region/organisation names, e.g. \"RS, ME\" or \"Western Balkans\", \"UNODC\"; form: a category such as \"prevention\".";
    public const string RuleReasonLabel = "Why";
    public const string RuleScopeLegend = "Where it holds (unticked: this contributor, this cycle)";
    public const string RuleAllContributors = "For every contributor";
    public const string RuleAllCycles = "For every cycle";
    public const string AddRuleButton = "Add the rule";

    public const string RowsTitle = "Rows";
    public const string BackToWorkspace = "Back to the workspace";
    public const string NoRows = "No accepted return with rows yet.";
    public const string ProblemHeading = "That was not done";
}
