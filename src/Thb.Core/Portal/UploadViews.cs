using System.Globalization;
using Azure.Storage.Blobs.Models;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Localisation;
using Thb.Portal.Pages;
using Thb.Storage;

namespace Thb.Portal;

/// <summary>
/// Every upload of one contributor (newest first): the intake's verdict where recorded, else where it is in the queue or
/// what its attempts say; times and findings in the language the page is read in.
/// </summary>
public sealed class UploadViews(CycleService cycles, SubmissionQueries queries, ThbStorage storage, IntakeQueue? queue = null)
{
    public async Task<IReadOnlyList<UploadView>> OfAsync(Cycle cycle, Contributor contributor, PortalPaths paths, Language language, CancellationToken cancellationToken)
    {
        var texts = ContributorTexts.In(language);
        var history = await queries.HistoryAsync(cycle.Id, contributor.Id, cancellationToken);
        var record = await cycles.Store.ContributorAsync(cycle.Id, contributor.Id, cancellationToken);
        var byBlob = history.GroupBy(s => s.BlobName).ToDictionary(g => g.Key, g => g.First());
        var attempts = await queries.AttemptsAsync(cycle.Id, contributor.Id, cancellationToken);
        var views = new List<(DateTimeOffset At, UploadView View)>();
        await foreach (var blob in storage.Container(StorageNames.Containers.Returns)
                           .GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, $"{cycle.Id}/{contributor.Id}/", cancellationToken))
        {
            if (byBlob.TryGetValue(blob.Name, out var s))
                views.Add((s.UploadedAt, Recorded(texts, s, paths.Feedback(cycle.Id, contributor.Id, s.Id), record?.Pointers.CurrentSubmissionId == s.Id || record?.Pointers.CurrentDocumentId == s.Id)));
            else
                views.Add(Unrecorded(texts, blob, attempts.GetValueOrDefault(blob.Name)));
        }
        return views.OrderByDescending(v => v.At).ThenByDescending(v => v.View.BlobName, StringComparer.Ordinal).Select(v => v.View).ToList();
    }

    private static UploadView Recorded(ContributorTexts texts, Submission s, string feedbackUrl, bool current) =>
        new(s.BlobName, s.FileName, texts.Brussels(s.UploadedAt), UploadStates.Of(s.Status), s.Rows, s.Errors, s.Warnings, current,
            s.Findings.Select(f => new FindingView(f.Severity, Where(texts, f), f.In(texts.Language))).ToList(),
            s.FeedbackBlob is null ? null : feedbackUrl);

    private (DateTimeOffset, UploadView) Unrecorded(ContributorTexts texts, BlobItem blob, UploadAttempt? attempt)
    {
        var uploadedAt = blob.Properties.LastModified ?? DateTimeOffset.MinValue;
        if (blob.Metadata.TryGetValue(IntakeService.UploadedAtMetadata, out var stamp) &&
            DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var precise)) uploadedAt = precise;
        var fileName = blob.Metadata.TryGetValue(IntakeService.OriginalFileNameMetadata, out var original) ? Uri.UnescapeDataString(original) : Path.GetFileName(blob.Name);
        // In this host's queue: waiting or being checked; otherwise what its attempts say (checking, retrying, failed).
        var state = queue?.StateOf(blob.Name) ?? UploadStates.Of(queries.ProgressOf(attempt, uploadedAt));
        return (uploadedAt, new UploadView(blob.Name, fileName, texts.Brussels(uploadedAt), state, 0, 0, 0, false, [], null));
    }

    /// <summary>"Return, cell C6" reads better to a delegation than "Return!C6" ("Return, cellule C6", "Return, Zelle C6").</summary>
    private static string Where(ContributorTexts texts, Finding finding) => (finding.Sheet, finding.Cell) switch
    {
        ({ } sheet, { } cell) => texts.Cell(sheet, cell.ToString()),
        _ => finding.Location,
    };
}
