using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Review;

namespace Thb.Cli.Commands;

/// <summary>`thb status --cycle ID [--json]`: one line per contributor.</summary>
public sealed class StatusCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
    private readonly Option<bool> _json = CliOptions.Flag("--json", "One JSON object per contributor.");

    public StatusCommand(CliContext context)
        : base("status", "Who has submitted: state, the Presidency's review, last upload, rows, errors and warnings for every contributor.", context)
    {
        Add(_cycle);
        Add(_json);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args.RequiredId<CycleId>(_cycle), context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var statuses = await services.Queries.StatusAsync(cycle, cancellationToken);
        var reviews = await services.Reviews.StatesAsync(cycle, statuses, cancellationToken);
        if (args.GetValue(_json))
        {
            context.Out.WriteLine(new System.Text.Json.Nodes.JsonArray(statuses.Select(s => Json(s, reviews.GetValueOrDefault(s.Contributor.Id))).ToArray()).ToJsonString(ReturnJson.Options));
            return ExitCodes.Ok;
        }
        Print(context.Out, cycle, statuses, reviews);
        return ExitCodes.Ok;
    }

    public static void Print(TextWriter output, Cycle cycle, IReadOnlyList<ContributorStatus> statuses, IReadOnlyDictionary<string, ContributorReview>? reviews = null)
    {
        var accepted = statuses.Count(s => s.HasAccepted);
        reviews ??= new Dictionary<string, ContributorReview>();
        output.WriteLine($"Cycle {cycle.Id} \"{cycle.Title}\" — {Thb.Json.KebabCase.Of(cycle.State)}, deadline {cycle.Deadline:yyyy-MM-dd} (Brussels); {accepted} of {statuses.Count} contributors have an accepted return, " +
                         $"{reviews.Values.Count(r => r.IsApproved)} approved" +
                         (cycle.PreviousCycleId is { } previous ? $"; follows cycle {previous} (`thb diff --cycle {cycle.Id}` shows the changes)." : "."));
        output.WriteLine($"  {"contributor",-22} {"state",-22} {"review",-20} {"last upload (UTC)",-17} {"rows",5} {"errors",6} {"warnings",8}  note");
        foreach (var s in statuses)
        {
            var shown = s.Current ?? s.Latest;
            var note = new List<string>();
            if (s.Unchecked is { } u)
                note.Add($"upload {u.UploadedAt.UtcDateTime:yyyy-MM-dd HH:mm} {Thb.Json.KebabCase.Of(u.Progress)}" +
                         (u.Progress == UploadProgress.Failed ? " (kept; `thb reprocess` tries it again)" : "") + (u.Problem is null ? "" : $": {u.Problem}"));
            if (s.LatestRejectedButCurrentKept) note.Add($"latest upload {s.Latest!.UploadedAt.UtcDateTime:yyyy-MM-dd HH:mm} rejected; earlier accepted return kept");
            if (shown?.Late == true) note.Add("late");
            if (s.Deadline != cycle.Deadline) note.Add($"deadline {s.Deadline:yyyy-MM-dd}");
            if (s.Document is { } document) note.Add($"Word document {document.FileName}: {document.Paragraphs} paragraph(s), {document.Tables} table(s)");
            if (shown is { Sections.Count: > 0 }) note.Add("sections: " + string.Join(" | ", shown.Sections.Select(x => $"{x.Title.Text} {x.Rows}" + (x.Known ? "" : " (not in the registry)"))));
            var review = reviews.TryGetValue(s.Contributor.Id, out var r) ? Thb.Json.KebabCase.Of(r.State) : "-";
            output.WriteLine($"  {s.Contributor.Id,-22} {Thb.Json.KebabCase.Of(s.State),-22} {review,-20} {(s.Latest is null ? "-" : s.Latest.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),-17} " +
                             $"{(shown is null ? "" : shown.Rows.ToString(CultureInfo.InvariantCulture)),5} {(shown is null ? "" : shown.Errors.ToString(CultureInfo.InvariantCulture)),6} {(shown is null ? "" : shown.Warnings.ToString(CultureInfo.InvariantCulture)),8}  {string.Join("; ", note)}");
        }
    }

    /// <summary>One contributor; "sections" ([{ title, known, rows }]) added for a return read into sub-sections only, "currentDocument" for one with a Word document.</summary>
    private static System.Text.Json.Nodes.JsonNode? Json(ContributorStatus s, ContributorReview? review)
    {
        var node = JsonSerializer.SerializeToNode(Plain(s, review), ReturnJson.Options)!;
        if ((s.Current ?? s.Latest) is { Sections.Count: > 0 } shown) node["sections"] = JsonSerializer.SerializeToNode(shown.Sections, ReturnJson.Options);
        if (s.Document is { } document) node["currentDocument"] = document.Id.Value;
        return node;
    }

    private static object Plain(ContributorStatus s, ContributorReview? review)
    {
        var shown = s.Current ?? s.Latest;
        return new
        {
            contributor = s.Contributor.Id,
            name = s.Contributor.Name,
            kind = Thb.Json.KebabCase.Of(s.Contributor.Kind),
            language = s.Contributor.Language.Code,
            state = Thb.Json.KebabCase.Of(s.State),
            deadline = s.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            currentSubmission = s.Current?.Id,
            lastUpload = s.Latest?.UploadedAt,
            lastUploadStatus = s.Latest is null ? null : Thb.Json.KebabCase.Of(s.Latest.Status),
            rows = shown?.Rows,
            errors = shown?.Errors,
            warnings = shown?.Warnings,
            late = shown?.Late,
            uncheckedUpload = s.Unchecked is { } u ? new { blob = u.BlobName, uploadedAt = u.UploadedAt, progress = Thb.Json.KebabCase.Of(u.Progress), problem = u.Problem } : null,
            review = review is null ? null : Thb.Json.KebabCase.Of(review.State),
            reviewedBy = review?.Decision?.By,
            reviewedAt = review?.Decision?.At,
        };
    }
}
