using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.Storage;

namespace Thb.Intake;

public sealed record IntakeOptions
{
    /// <summary>Uploads above this size are rejected without being read (setting THB_MAX_UPLOAD_MB, default 20).</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    public static IntakeOptions FromSettings(Func<string, string?> setting) =>
        long.TryParse(setting("THB_MAX_UPLOAD_MB"), out var mb) && mb > 0 ? new IntakeOptions { MaxUploadBytes = mb * 1024 * 1024 } : new IntakeOptions();
}

/// <summary>What processing one upload came to: its recorded submission, and whether it is now the contributor's current return.</summary>
public sealed record IntakeResult(Submission Submission, bool Replayed, bool IsCurrent);

/// <summary>
/// The heart of the pipeline: reads an uploaded return from returns/{cycle}/{contributor}/{file}, validates it against the
/// cycle registry, records the verdict, stores the normalised rows, writes the marked-up feedback workbook and makes an
/// accepted return the contributor's current one. Idempotent: the same blob processed again changes nothing. Bad input
/// is recorded as a rejected submission and returns normally; only transient storage faults throw.
/// </summary>
public sealed class IntakeService(ThbStorage storage, CycleStore cycles, SubmissionStore submissions, RowStore rows, TimeProvider clock, IntakeOptions options)
{
    /// <summary>Blob metadata key holding the file name as the delegation saved it (URL-encoded).</summary>
    public const string OriginalFileNameMetadata = "filename";

    /// <summary>Blob metadata key holding the uploader's precise upload time (ISO 8601, "o" format).</summary>
    public const string UploadedAtMetadata = "uploadedat";

    /// <summary>
    /// When the blob was uploaded. Storage reports Last-Modified to the second only, so two uploads in one second
    /// would tie: an uploader's precise stamp within that same second refines it (a stamp that disagrees is ignored).
    /// </summary>
    public static DateTimeOffset UploadTime(BlobProperties properties)
    {
        var modified = properties.LastModified;
        if (properties.Metadata.TryGetValue(UploadedAtMetadata, out var stamp) &&
            DateTimeOffset.TryParse(stamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var precise) &&
            Math.Abs((precise - modified).TotalSeconds) < 2)
            return precise;
        return modified;
    }

    public static Dictionary<string, string> UploadMetadata(string fileName, DateTimeOffset uploadedAt) => new()
    {
        [OriginalFileNameMetadata] = Uri.EscapeDataString(fileName),
        [UploadedAtMetadata] = uploadedAt.UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
    };

    private BlobContainerClient Returns => storage.Container(StorageNames.Containers.Returns);

    public async Task<IntakeResult?> ProcessAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var blob = Returns.GetBlobClient(blobName);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null; // Nothing to read: an event for a blob that no longer exists.
        }
        var uploadedAt = UploadTime(properties);
        var etag = properties.ETag.ToString();
        // Uploaders (the CLI, the portal) may name the file as the delegation saved it; the blob name stays unique.
        properties.Metadata.TryGetValue(OriginalFileNameMetadata, out var originalName);

        var path = ReturnPath.TryParse(blobName, out var pathProblem);
        if (path is null)
            return await RecordRejectionAsync(blobName, "", "", FileNameOf(blobName), etag, null, properties.ContentLength, uploadedAt,
                Finding.Error(FindingCodes.PathInvalid, pathProblem!), cancellationToken);

        var cycle = path.HasValidIds ? await cycles.GetAsync(path.CycleId, cancellationToken) : null;
        if (cycle is null)
            return await RecordRejectionAsync(blobName, path.CycleId, path.ContributorId, path.FileName, etag, null, properties.ContentLength, uploadedAt,
                Finding.Error(FindingCodes.CycleUnknown, $"There is no reporting cycle '{path.CycleId}'. Upload to the cycle named in your invitation (returns/{{cycle}}/{{contributor}}/{{file}})."), cancellationToken);
        var contributor = await cycles.ContributorAsync(cycle.Id, path.ContributorId, cancellationToken);
        if (contributor is null)
            return await RecordRejectionAsync(blobName, path.CycleId, path.ContributorId, path.FileName, etag, null, properties.ContentLength, uploadedAt,
                Finding.Error(FindingCodes.ContributorUnknown, $"Cycle '{cycle.Id}' has no contributor '{path.ContributorId}'. Upload to your own folder, as named in your invitation."), cancellationToken);
        if (!cycle.IsOpen)
            return await RecordRejectionAsync(blobName, path.CycleId, path.ContributorId, path.FileName, etag, null, properties.ContentLength, uploadedAt,
                Finding.Error(FindingCodes.CycleClosed, $"Cycle '{cycle.Id}' ({cycle.Title}) is closed; returns are no longer taken. Contact the Presidency if yours is missing."), cancellationToken);
        if (properties.ContentLength > options.MaxUploadBytes)
            return await RecordRejectionAsync(blobName, path.CycleId, path.ContributorId, path.FileName, etag, null, properties.ContentLength, uploadedAt,
                Finding.Error(FindingCodes.FileTooLarge,
                    $"The file is {properties.ContentLength / 1048576.0:0.#} MB; returns are limited to {options.MaxUploadBytes / 1048576.0:0.#} MB. Remove pictures and unrelated sheets, or send the table alone."),
                cancellationToken);

        // Sized to the blob, so the download is one buffer, never grown by doubling.
        var content = new MemoryStream(checked((int)Math.Max(0, properties.ContentLength)));
        await blob.DownloadToAsync(content, cancellationToken);
        var size = content.Length;
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)size)));
        var submissionId = SubmissionId(blobName, sha);

        var existing = await submissions.GetAsync(cycle.Id, contributor.Contributor.Id, submissionId, cancellationToken);
        if (existing is not null)
        {
            // The same blob again (a trigger replay, or the same bytes written again): the verdict stands; only
            // finish what a crash may have interrupted.
            var current = await PromoteAsync(existing, cancellationToken);
            return new IntakeResult(existing, Replayed: true, current);
        }

        var fileName = string.IsNullOrWhiteSpace(originalName) ? path.FileName : Uri.UnescapeDataString(originalName);
        var checkOptions = new CheckOptions
        {
            DelegationNames = [contributor.Contributor.Name, contributor.Contributor.Id],
            Cycle = cycle.Id,
            ContributorId = contributor.Contributor.Id,
            Limits = WorkbookLimits.Default with { MaxFileBytes = options.MaxUploadBytes },
        };
        // One pass over the bytes: the guard inflates the package once; the check and the feedback copy work from it.
        var inspection = PackageInspector.Inspect(content, checkOptions.Limits);
        content = null; // the inflated parts are all the rest needs: the upload's bytes need not stay
        var check = ReturnChecker.Check(inspection, fileName, checkOptions);

        var extra = new List<Finding>();
        var deadline = contributor.Contributor.DeadlineIn(cycle);
        var late = BrusselsTime.IsLate(uploadedAt, deadline);
        if (late)
            extra.Add(Finding.Info(FindingCodes.SubmittedLate,
                $"Uploaded {BrusselsTime.ToBrussels(uploadedAt):yyyy-MM-dd HH:mm} Brussels time, after the deadline of {deadline:yyyy-MM-dd}. It was processed as usual and marked late; the Presidency decides what that means."));
        if (!check.Status.IsAccepted() && contributor.Pointers.CurrentSubmissionId is { } kept)
        {
            var previous = await submissions.GetAsync(cycle.Id, contributor.Contributor.Id, kept, cancellationToken);
            extra.Add(Finding.Info(FindingCodes.KeptPreviousAccepted,
                $"This upload was rejected, so your accepted return {(previous is null ? "" : $"'{previous.FileName}' uploaded {previous.UploadedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC ")}remains the current one. Correct the errors and upload again to replace it."));
        }
        if (extra.Count > 0) check = check with { Findings = [.. check.Findings, .. extra] };

        var processedAt = clock.GetUtcNow();
        var feedbackName = $"{cycle.Id}/{contributor.Contributor.Id}/{submissionId}-{FeedbackFileName(fileName)}";
        var feedback = FeedbackWorkbook.CreateData(inspection.Package, check, processedAt);
        inspection = null; // the inflated parts are not needed past the feedback copy

        var submission = new Submission(cycle.Id, contributor.Contributor.Id, submissionId, blobName, fileName, etag, sha, size,
            uploadedAt, processedAt, check.Status, check.Rows.Count, check.ErrorCount, check.WarningCount, late, feedbackName, check.Delegation, check.Findings);
        // The feedback copy and the rows go up side by side; the submission is written last: once it exists, everything it refers to exists.
        var writes = new List<Task> { storage.Container(StorageNames.Containers.Feedback).GetBlobClient(feedbackName).UploadAsync(feedback, overwrite: true, cancellationToken) };
        if (check.Status.IsAccepted())
            writes.Add(rows.WriteAsync(submission, check.Rows.Select(RowDocument.From).ToList(), cancellationToken));
        await Task.WhenAll(writes);
        await submissions.SaveAsync(submission, cancellationToken);
        var isCurrent = await PromoteAsync(submission, cancellationToken);
        return new IntakeResult(submission, Replayed: false, isCurrent);
    }

    /// <summary>
    /// Makes the submission its contributor's latest upload and, when accepted, its current return — unless a later
    /// upload already holds that place. Optimistic concurrency on the contributor entity: a lost race re-reads and retries.
    /// </summary>
    private async Task<bool> PromoteAsync(Submission submission, CancellationToken cancellationToken)
    {
        while (true)
        {
            var record = await cycles.ContributorAsync(submission.CycleId, submission.ContributorId, cancellationToken);
            if (record is null) return false;
            var p = record.Pointers;
            var updated = p;
            if (IsLater(submission, p.LastSubmissionId, p.LastUploadedAt))
                updated = updated with { LastSubmissionId = submission.Id, LastUploadedAt = submission.UploadedAt };
            if (submission.Status.IsAccepted() && IsLater(submission, p.CurrentSubmissionId, p.CurrentUploadedAt))
                updated = updated with { CurrentSubmissionId = submission.Id, CurrentUploadedAt = submission.UploadedAt };
            if (updated == p) return p.CurrentSubmissionId == submission.Id;
            if (await cycles.TryUpdatePointersAsync(record, updated, cancellationToken)) return updated.CurrentSubmissionId == submission.Id;
        }
    }

    private static bool IsLater(Submission submission, string? otherId, DateTimeOffset? otherUploadedAt)
    {
        if (otherId is null || otherUploadedAt is null) return true;
        if (otherId == submission.Id) return false;
        var order = submission.UploadedAt.CompareTo(otherUploadedAt.Value);
        return order > 0 || order == 0 && string.CompareOrdinal(submission.Id, otherId) > 0;
    }

    private async Task<IntakeResult> RecordRejectionAsync(string blobName, string cycleId, string contributorId, string fileName, string etag, string? sha,
        long size, DateTimeOffset uploadedAt, Finding finding, CancellationToken cancellationToken)
    {
        var submissionId = SubmissionId(blobName, etag);
        var existing = await submissions.GetAsync(cycleId, contributorId, submissionId, cancellationToken);
        if (existing is not null)
        {
            if (Identifiers.IsValid(cycleId) && Identifiers.IsValid(contributorId)) await PromoteAsync(existing, cancellationToken);
            return new IntakeResult(existing, Replayed: true, IsCurrent: false);
        }

        var processedAt = clock.GetUtcNow();
        string? feedbackName = null;
        var check = new ReturnCheck(fileName, ReturnStatus.Rejected, null, cycleId, null, null, [finding], [], new ReturnMetadata(null, null));
        if (Identifiers.IsValid(cycleId) && Identifiers.IsValid(contributorId) && ReturnPath.TryParse(blobName, out _) is not null)
        {
            feedbackName = $"{cycleId}/{contributorId}/{submissionId}-{FeedbackFileName(fileName)}";
            await storage.Container(StorageNames.Containers.Feedback).GetBlobClient(feedbackName)
                .UploadAsync(new BinaryData(FeedbackWorkbook.FindingsOnly(check, processedAt, null)), overwrite: true, cancellationToken);
        }
        var submission = new Submission(cycleId, contributorId, submissionId, blobName, fileName, etag, sha, size, uploadedAt, processedAt,
            ReturnStatus.Rejected, 0, 1, 0, false, feedbackName, null, [finding]);
        await submissions.SaveAsync(submission, cancellationToken);
        // A known contributor's rejected upload is still its latest one (PromoteAsync finds no contributor otherwise).
        if (Identifiers.IsValid(cycleId) && Identifiers.IsValid(contributorId)) await PromoteAsync(submission, cancellationToken);
        return new IntakeResult(submission, Replayed: false, IsCurrent: false);
    }

    /// <summary>Deterministic: the blob's name and its content (or, when the content is not read, its ETag).</summary>
    private static string SubmissionId(string blobName, string contentKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName + "\n" + contentKey)))[..24];

    private static string FileNameOf(string blobName)
    {
        var slash = blobName.LastIndexOf('/');
        return slash >= 0 ? blobName[(slash + 1)..] : blobName;
    }

    /// <summary>A safe file name for the feedback copy: the upload's name, always ending in .xlsx.</summary>
    private static string FeedbackFileName(string fileName)
    {
        var clean = new string(fileName.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        if (clean.Length > 100) clean = clean[..100];
        var stem = Path.GetFileNameWithoutExtension(clean);
        return (stem.Length == 0 ? "return" : stem) + "-feedback.xlsx";
    }
}
