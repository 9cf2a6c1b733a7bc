using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Localisation;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;
using Thb.Storage;
using Azure.Storage.Blobs.Specialized;

namespace Thb.Intake;

/// <summary>
/// The heart of the pipeline: reads an uploaded return from returns/{cycle}/{contributor}/{file}, validates it against the
/// cycle registry, records the verdict, stores the normalised rows, writes the marked-up feedback workbook and makes an
/// accepted return the contributor's current one. Idempotent: the same blob processed again changes nothing. Bad input
/// is recorded as a rejected submission and returns normally; only transient storage faults throw.
/// </summary>
public sealed class IntakeService(ThbStorage storage, CycleStore cycles, SubmissionStore submissions, RowStore rows, ReturnPartsStore parts, UploadAttemptStore attempts,
    RowLeftovers leftovers, TimeProvider clock, IOptions<IntakeOptions> intakeOptions, ILogger<IntakeService> logger, IEnumerable<ICurrentReturnObserver> observers)
{
    /// <summary>How long recording a failed attempt may take: storage that is away does not hold the failure up.</summary>
    private static readonly TimeSpan FailureRecordTimeout = TimeSpan.FromSeconds(5);

    private readonly IntakeOptions options = intakeOptions.Value;

    /// <summary>Inflated size from which a package is a large return (the 20 MB benchmark inflates to 79 MB; the samples to under 1 MB).</summary>
    private const long LargePackageBytes = 32L * 1024 * 1024;

    /// <summary>Blob metadata key holding the file name as the delegation saved it (URL-encoded).</summary>
    public const string OriginalFileNameMetadata = "filename";

    /// <summary>Blob metadata key holding the uploader's precise upload time (ISO 8601, "o" format).</summary>
    public const string UploadedAtMetadata = "uploadedat";

    /// <summary>
    /// When the blob was uploaded. Storage reports Last-Modified to the second only, so two uploads in one second
    /// would tie: an uploader's precise stamp within that same second refines it (a stamp that disagrees is ignored).
    /// </summary>
    public static DateTimeOffset UploadTime(BlobProperties properties) => UploadTime(properties.LastModified, properties.Metadata);

    /// <inheritdoc cref="UploadTime(BlobProperties)"/>
    public static DateTimeOffset UploadTime(DateTimeOffset modified, IDictionary<string, string> metadata)
    {
        if (metadata.TryGetValue(UploadedAtMetadata, out var stamp) &&
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

    /// <summary>
    /// Processes one upload. Every log line carries the upload's cycle, contributor and blob (and its submission once
    /// known); an attempt that throws is recorded as retrying (failed once the attempts are spent) before the fault
    /// goes on to the caller, whose runtime retries.
    /// </summary>
    public Task<IntakeResult?> ProcessAsync(string blobName, CancellationToken cancellationToken = default) => ProcessAsync(blobName, null, cancellationToken);

    /// <summary>
    /// Processes an upload this process has just written (<see cref="ReturnUploads"/>): the same as for its blob name,
    /// but from the bytes in hand, without reading the blob back (the write's ETag says they are the blob's).
    /// </summary>
    public Task<IntakeResult?> ProcessAsync(ReturnUpload upload, CancellationToken cancellationToken = default) =>
        ProcessAsync(upload.BlobName, upload.Written, cancellationToken);

    private async Task<IntakeResult?> ProcessAsync(string blobName, WrittenReturn? written, CancellationToken cancellationToken)
    {
        // Only uploads to a cycle and contributor id are tracked: any other path is rejected at once, without storage faults to retry.
        var path = ValidReturnPath.TryParse(blobName);
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["Cycle"] = path?.CycleId.Value, ["Contributor"] = path?.ContributorId.Value, ["Blob"] = blobName });
        try
        {
            var result = await ProcessOnceAsync(blobName, written, cancellationToken);
            if (result is not null && path is not null) await FinishAsync(path, blobName, result, cancellationToken);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException && path is not null)
        {
            logger.LogError(e, "Processing upload {Blob} failed: {Problem}", blobName, e.Message);
            await TryRecordFailureAsync(path, blobName, e.Message);
            throw;
        }
    }

    /// <summary>Records that the upload's verdict stands and removes what cut-off attempts of the contributor left behind.</summary>
    private async Task FinishAsync(ValidReturnPath path, string blobName, IntakeResult result, CancellationToken cancellationToken)
    {
        var s = result.Submission;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["Submission"] = s.Id.Value });
        // Both at once: this attempt, begun moments ago and not failed, is never a leftover to the clean-up.
        await Task.WhenAll(attempts.FinishAsync(path.CycleId, path.ContributorId, blobName, cancellationToken),
            leftovers.CleanAsync(path.CycleId, path.ContributorId, cancellationToken));
        logger.LogInformation("Upload {Blob}: {Status}, {Rows} rows, {Errors} errors, {Warnings} warnings, submission {Submission}{Replay}{Current}.",
            blobName, s.Status, s.Rows, s.Errors, s.Warnings, s.Id.Value, result.Replayed ? " (replay)" : "", result.IsCurrent ? ", current" : "");
    }

    private async Task TryRecordFailureAsync(ValidReturnPath path, string blobName, string problem)
    {
        using var timeout = new CancellationTokenSource(FailureRecordTimeout);
        try
        {
            await attempts.FailAsync(path.CycleId, path.ContributorId, blobName, problem, final: false, clock.GetUtcNow(), timeout.Token);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException)
        {
            // Storage is away too: the attempt stays "checking", and reads as retrying once the reprocess bound has passed.
            logger.LogWarning("Could not record the failed attempt on {Blob}: {Problem}", blobName, e.Message);
        }
    }

    private async Task<IntakeResult?> ProcessOnceAsync(string blobName, WrittenReturn? written, CancellationToken cancellationToken)
    {
        var blob = Returns.GetBlobClient(blobName);
        var upload = written is null
            ? await ReadUploadAsync(blob, blobName, cancellationToken)
            : new Upload(blobName, written.ETag, written.Content.Length, written.UploadedAt, written.OriginalName);
        if (upload is null) return null; // Nothing to read: an event for a blob that no longer exists.

        var path = ReturnPath.TryParse(blobName, out var pathProblem);
        if (path is null)
            return await RecordRejectionAsync(upload, null, null, FileNameOf(blobName), Finding.Error(FindingCodes.PathInvalid, FindingMessage.With(pathProblem)), cancellationToken);
        var (cycle, contributor, refusal) = await RegistryCheckAsync(path, upload.Size, cancellationToken);
        if (refusal is not null || cycle is null || contributor is null)
            return await RecordRejectionAsync(upload, path.CycleId, path.ContributorId, path.FileName, refusal!, cancellationToken,
                contributor?.Contributor.Language ?? Language.English);

        var content = written is null ? await DownloadAsync(blob, upload.Size, cancellationToken) : ContentOf(written);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        var submissionId = SubmissionIdOf(blobName, sha);

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["Submission"] = submissionId.Value });
        var existing = await submissions.GetAsync(cycle.Id, contributor.Contributor.Id, submissionId, cancellationToken);
        if (existing is not null)
        {
            // The same blob again (a trigger replay, or the same bytes written again): the verdict stands; only
            // finish what a crash may have interrupted.
            var current = await PromoteAsync(existing, cancellationToken);
            await NotifyIfCurrentAsync(existing, current, cancellationToken);
            return new IntakeResult(existing, Replayed: true, current);
        }
        // Recorded before any row is written: an attempt cut off from here on is found, and its rows removed, by its partition.
        await attempts.BeginAsync(cycle.Id, contributor.Contributor.Id, blobName, upload.UploadedAt, submissionId,
            Submission.RowPartitionOf(cycle.Id, contributor.Contributor.Id, submissionId), clock.GetUtcNow(), cancellationToken);
        var fileName = string.IsNullOrWhiteSpace(upload.OriginalName) ? path.FileName : Uri.UnescapeDataString(upload.OriginalName);
        var checkOptions = CheckOptionsFor(cycle, contributor);
        // One pass over the bytes: the guard inflates the package once; the check and the feedback copy work from it,
        // so the upload's own bytes need not stay.
        var size = content.Length;
        var inspection = PackageInspector.Inspect(content, checkOptions.Limits);
        content = null;
        return await CheckAndRecordAsync(upload, fileName, cycle, contributor, inspection, checkOptions, new ContentKey(sha, submissionId, size), cancellationToken);
    }

    /// <summary>What storage says of the blob (null when it is gone): its ETag, size, upload time and original name.</summary>
    private static async Task<Upload?> ReadUploadAsync(BlobClient blob, string blobName, CancellationToken cancellationToken)
    {
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        // Uploaders (the CLI, the portal) may name the file as the delegation saved it; the blob name stays unique.
        return new Upload(blobName, properties.ETag.ToString(), properties.ContentLength, UploadTime(properties),
            properties.Metadata.TryGetValue(OriginalFileNameMetadata, out var originalName) ? originalName : null);
    }

    private static async Task<MemoryStream> DownloadAsync(BlobClient blob, long size, CancellationToken cancellationToken)
    {
        // Sized to the blob, so the download is one buffer, never grown by doubling.
        var content = new MemoryStream(checked((int)Math.Max(0, size)));
        await blob.DownloadToAsync(content, cancellationToken);
        return content;
    }

    /// <summary>The bytes in hand as the stream a download gives (its buffer from index 0: the hash reads it whole).</summary>
    private static MemoryStream ContentOf(WrittenReturn written)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(written.Content, out var segment) && segment.Offset == 0
            ? segment.Array!
            : written.Content.ToArray();
        return new MemoryStream(bytes, 0, written.Content.Length, writable: false, publiclyVisible: true);
    }

    /// <summary>What the storage says of an upload, read once.</summary>
    private sealed record Upload(string BlobName, string ETag, long Size, DateTimeOffset UploadedAt, string? OriginalName);

    /// <summary>The content's SHA-256, the submission id derived from it, and its size.</summary>
    private sealed record ContentKey(string Sha256, SubmissionId SubmissionId, long Size);

    private CheckOptions CheckOptionsFor(Cycle cycle, ContributorRecord contributor) => new()
    {
        DelegationNames = [contributor.Contributor.Name, contributor.Contributor.Id],
        Cycle = cycle.Id,
        ContributorId = contributor.Contributor.Id,
        Sections = contributor.Contributor.Sections,
        Limits = WorkbookLimits.Default with { MaxFileBytes = options.MaxUploadBytes },
    };

    /// <summary>The registry's word on where the upload went: its open cycle and known contributor, or the finding that rejects it.</summary>
    private async Task<(Cycle? Cycle, ContributorRecord? Contributor, Finding? Refusal)> RegistryCheckAsync(ReturnPath path, long size, CancellationToken cancellationToken)
    {
        if (!path.HasValidIds) return (null, null, Finding.Error(FindingCodes.CycleUnknown, FindingMessage.With(path.CycleText)));
        // Both records at once: one round trip, not two.
        var cycleRead = cycles.GetAsync(path.CycleId!.Value, cancellationToken);
        var contributorRead = cycles.ContributorAsync(path.CycleId.Value, path.ContributorId!.Value, cancellationToken);
        await Task.WhenAll(cycleRead, contributorRead);
        var cycle = await cycleRead;
        if (cycle is null)
            return (null, null, Finding.Error(FindingCodes.CycleUnknown, FindingMessage.With(path.CycleText)));
        var contributor = await contributorRead;
        if (contributor is null)
            return (cycle, null, Finding.Error(FindingCodes.ContributorUnknown, FindingMessage.With(cycle.Id, path.ContributorText)));
        if (!cycle.IsOpen)
            return (cycle, contributor, Finding.Error(FindingCodes.CycleClosed, FindingMessage.With(cycle.Id, cycle.Title)));
        if (size > options.MaxUploadBytes)
            return (cycle, contributor, Finding.Error(FindingCodes.FileTooLarge, FindingMessage.With(size / 1048576.0, options.MaxUploadBytes / 1048576.0)));
        return (cycle, contributor, null);
    }

    /// <summary>Checks a new upload, writes its feedback copy and rows, records the verdict and promotes it.</summary>
    private async Task<IntakeResult> CheckAndRecordAsync(Upload upload, string fileName, Cycle cycle, ContributorRecord contributor, PackageInspection? inspection,
        CheckOptions checkOptions, ContentKey key, CancellationToken cancellationToken)
    {
        ReturnCheck? check = ReturnChecker.Check(inspection!, fileName, checkOptions);
        // A large return leaves the check's working structures (the sheet's cells, the reader's tables: some 25 MB for
        // 20,000 rows) in the oldest generation, which the short-lived allocations of writing the rows never bring the
        // collector to: reclaimed once here, they do not sit beside the rows for the whole of the write (measured: 385 → 360 MB).
        if (inspection!.Package is { InflatedBytes: > LargePackageBytes }) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        var late = BrusselsTime.IsLate(upload.UploadedAt, contributor.Contributor.DeadlineIn(cycle));
        var extra = await IntakeFindingsAsync(cycle, contributor, upload.UploadedAt, late, check.Status, cancellationToken);
        if (extra.Count > 0) check = check with { Findings = [.. check.Findings, .. extra] };

        var processedAt = clock.GetUtcNow();
        var feedbackName = $"{cycle.Id}/{contributor.Contributor.Id}/{key.SubmissionId}-{FeedbackFileName(fileName)}";
        var submission = new Submission(cycle.Id, contributor.Contributor.Id, key.SubmissionId, upload.BlobName, fileName, upload.ETag, key.Sha256, key.Size,
            upload.UploadedAt, processedAt, check.Status, check.Rows.Count, check.ErrorCount, check.WarningCount, late, feedbackName, check.Delegation, check.Findings)
        {
            Sections = check.Sections,
            Tables = check.Tables.Count,
            Paragraphs = check.Narrative.Sum(n => n.Paragraphs.Count),
            IsDocument = check.IsDocument,
        };

        // The rows leave memory as they are written (a queue forgets what it hands out); past here only the verdict is kept.
        var accepted = check.Status.IsAccepted();
        var pending = accepted ? new Queue<ReturnRow>(check.Rows) : null;
        var partsWritten = accepted ? parts.WriteAsync(submission, check.Tables, check.Narrative, cancellationToken) : Task.CompletedTask;
        var verdict = check with { Rows = [] };
        check = null;
        var rowsWritten = pending is null ? Task.CompletedTask : rows.WriteAsync(submission, Drain(pending), cancellationToken);
        pending = null;
        // The feedback copy is made while the rows go up, and goes up as it is made (never held whole); a Word document's
        // is the findings workbook alone (there is no sheet to mark). The submission is written last: once it exists,
        // everything it refers to exists.
        var feedbackBlob = storage.Container(StorageNames.Containers.Feedback).GetBlockBlobClient(feedbackName);
        Task feedbackWritten = inspection!.IsWordDocument
            ? (Task)feedbackBlob.UploadAsync(new MemoryStream(FeedbackWorkbook.FindingsOnly(verdict, processedAt, null, contributor.Contributor.Language, submission.Rows)), cancellationToken: cancellationToken)
            : FeedbackWorkbook.UploadAsync(inspection.Package, verdict, submission.Rows, processedAt, contributor.Contributor.Language, feedbackBlob, cancellationToken);
        inspection = null;
        await Task.WhenAll(rowsWritten, partsWritten, feedbackWritten);
        await submissions.SaveAsync(submission, cancellationToken);
        var isCurrent = await PromoteAsync(submission, cancellationToken, contributor);
        await NotifyIfCurrentAsync(submission, isCurrent, cancellationToken);
        return new IntakeResult(submission, Replayed: false, isCurrent);
    }

    private static IEnumerable<ReturnRow> Drain(Queue<ReturnRow> rows)
    {
        while (rows.TryDequeue(out var row)) yield return row;
    }

    /// <summary>What the intake adds to the check's findings: a late upload, and a rejected one that leaves an earlier accepted return current.</summary>
    private async Task<List<Finding>> IntakeFindingsAsync(Cycle cycle, ContributorRecord contributor, DateTimeOffset uploadedAt, bool late, ReturnStatus status,
        CancellationToken cancellationToken)
    {
        var extra = new List<Finding>();
        var deadline = contributor.Contributor.DeadlineIn(cycle);
        if (late)
            extra.Add(Finding.Info(FindingCodes.SubmittedLate, FindingMessage.With(BrusselsTime.ToBrussels(uploadedAt), deadline)));
        if (!status.IsAccepted() && contributor.Pointers.CurrentSubmissionId is { } kept)
        {
            var previous = await submissions.GetAsync(cycle.Id, contributor.Contributor.Id, kept, cancellationToken);
            extra.Add(Finding.Info(FindingCodes.KeptPreviousAccepted, previous is null
                ? FindingMessage.Variant("unknown")
                : FindingMessage.With(previous.FileName, previous.UploadedAt.ToUniversalTime())));
        }
        return extra;
    }

    /// <summary>
    /// Makes the submission its contributor's latest upload and, when accepted, its current return (a Word document: its
    /// current document, beside the workbook) — unless a later upload already holds that place. Optimistic concurrency
    /// on the contributor entity: a lost race re-reads and retries. A new submission starts from the record its registry
    /// check read (<paramref name="read"/>): should anyone have changed it since, the update is refused and the record read again.
    /// </summary>
    private async Task<bool> PromoteAsync(Submission submission, CancellationToken cancellationToken, ContributorRecord? read = null)
    {
        while (true)
        {
            var (cycleId, contributorId) = submission.Owner;
            var record = read ?? await cycles.ContributorAsync(cycleId, contributorId, cancellationToken);
            read = null;
            if (record is null) return false;
            var p = record.Pointers;
            var id = submission.Id;
            var updated = p;
            if (IsLater(submission, p.LastSubmissionId, p.LastUploadedAt))
                updated = updated with { LastSubmissionId = id, LastUploadedAt = submission.UploadedAt };
            if (submission.Status.IsAccepted() && submission.IsDocument && IsLater(submission, p.CurrentDocumentId, p.CurrentDocumentUploadedAt))
                updated = updated with { CurrentDocumentId = id, CurrentDocumentUploadedAt = submission.UploadedAt };
            else if (submission.Status.IsAccepted() && !submission.IsDocument && IsLater(submission, p.CurrentSubmissionId, p.CurrentUploadedAt))
                updated = updated with { CurrentSubmissionId = id, CurrentUploadedAt = submission.UploadedAt };
            bool IsCurrent(SubmissionPointers x) => (submission.IsDocument ? x.CurrentDocumentId : x.CurrentSubmissionId) == id;
            if (updated == p) return IsCurrent(p);
            if (await cycles.TryUpdatePointersAsync(record, updated, cancellationToken)) return IsCurrent(updated);
        }
    }

    private async Task NotifyIfCurrentAsync(Submission submission, bool isCurrent, CancellationToken cancellationToken)
    {
        if (!isCurrent) return;
        foreach (var observer in observers) await observer.BecameCurrentAsync(submission, cancellationToken);
    }

    private static bool IsLater(Submission submission, SubmissionId? otherId, DateTimeOffset? otherUploadedAt)
    {
        if (otherId is null || otherUploadedAt is null) return true;
        if (otherId.Value == submission.Id) return false;
        var order = submission.UploadedAt.CompareTo(otherUploadedAt.Value);
        return order > 0 || order == 0 && string.CompareOrdinal(submission.Id, otherId.Value.Value) > 0;
    }

    /// <summary>Records a rejected upload; <paramref name="cycleId"/> and <paramref name="contributorId"/> are null where its path names no such id (the path's text stays in the blob name).</summary>
    private async Task<IntakeResult> RecordRejectionAsync(Upload upload, CycleId? cycleId, ContributorId? contributorId, string fileName, Finding finding,
        CancellationToken cancellationToken, Language language = default)
    {
        var blobName = upload.BlobName;
        var submissionId = SubmissionIdOf(blobName, upload.ETag);
        var existing = await submissions.GetAsync(cycleId, contributorId, submissionId, cancellationToken);
        var tracked = cycleId is not null && contributorId is not null;
        if (existing is not null)
        {
            if (tracked) await PromoteAsync(existing, cancellationToken);
            return new IntakeResult(existing, Replayed: true, IsCurrent: false);
        }

        var processedAt = clock.GetUtcNow();
        string? feedbackName = null;
        var check = new ReturnCheck(fileName, ReturnStatus.Rejected, null, CycleText(cycleId, blobName), null, null, [finding], [], new ReturnMetadata(null, null));
        if (tracked && ReturnPath.TryParse(blobName, out _) is not null)
        {
            feedbackName = $"{cycleId}/{contributorId}/{submissionId}-{FeedbackFileName(fileName)}";
            await storage.Container(StorageNames.Containers.Feedback).GetBlobClient(feedbackName)
                .UploadAsync(new BinaryData(FeedbackWorkbook.FindingsOnly(check, processedAt, null, language)), overwrite: true, cancellationToken);
        }
        var submission = new Submission(cycleId, contributorId, submissionId, blobName, fileName, upload.ETag, null, upload.Size, upload.UploadedAt, processedAt,
            ReturnStatus.Rejected, 0, 1, 0, false, feedbackName, null, [finding]);
        await submissions.SaveAsync(submission, cancellationToken);
        // A known contributor's rejected upload is still its latest one (PromoteAsync finds no contributor otherwise).
        if (tracked) await PromoteAsync(submission, cancellationToken);
        return new IntakeResult(submission, Replayed: false, IsCurrent: false);
    }

    /// <summary>The cycle as the rejected upload named it: the id, else the path's segment ("" for a path without three).</summary>
    private static string CycleText(CycleId? cycleId, string blobName) => cycleId?.Value ?? ReturnPath.TryParse(blobName, out _)?.CycleText ?? "";

    /// <summary>Deterministic: the blob's name and its content (or, when the content is not read, its ETag).</summary>
    private static SubmissionId SubmissionIdOf(string blobName, string contentKey) =>
        Cycles.SubmissionId.Parse(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName + "\n" + contentKey)))[..24]);

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
