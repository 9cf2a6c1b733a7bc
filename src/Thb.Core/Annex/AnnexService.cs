using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Thb.Changes;
using Thb.Cycles;
using Microsoft.Extensions.Options;
using Thb.Intake;
using Thb.Review;
using Thb.Review.Corrections;
using Thb.Storage;

namespace Thb.Annex;

/// <summary>
/// Compiles the consolidated annex of a cycle from every contributor's current accepted submission, stores it as
/// annex/{cycle}/annex-{cycle}-{stamp}.xlsx with its .csv and .json exports and the Council document (.docx), refreshes
/// {cycle}/latest.*, and records the
/// version. Idempotent: when the inputs' fingerprint equals the latest version's, nothing is written (unless forced).
/// The version entity is written last: a run that fails before it leaves only unreferenced files, and the next run
/// compiles again.
/// </summary>
public sealed class AnnexService(ThbStorage storage, CycleService cycles, SubmissionQueries queries, RowStore rows, ReturnPartsStore parts, UploadSweep uploads, TimeProvider clock,
    ReviewService reviews, ReviewedRows reviewed, IOptions<AnnexOptions> options, ChangesService changes)
{
    public AnnexVersionStore Versions { get; } = new(storage);

    private BlobContainerClient Container => storage.Container(StorageNames.Containers.Annex);

    public async Task<AnnexOutcome> CompileAsync(CycleId cycleId, bool force = false, CancellationToken cancellationToken = default) =>
        await CompileAsync(await cycles.RequireAsync(cycleId, cancellationToken), force, cancellationToken);

    /// <summary>
    /// Compiles under the cycle's <see cref="AnnexCompileLock"/>: concurrent compilers take turns, so the inputs are
    /// compiled once (a forced run still writes its own version), every version name is new, and latest.* is written
    /// by one compiler at a time, each file whole.
    /// </summary>
    /// <param name="approvedOnly">Compile approved returns only; null: as <see cref="AnnexOptions.ApprovedOnly"/> says (the timer).</param>
    public async Task<AnnexOutcome> CompileAsync(Cycle cycle, bool force = false, CancellationToken cancellationToken = default, bool? approvedOnly = null)
    {
        await using var turn = await AnnexCompileLock.AcquireAsync(Container, cycle.Id, cancellationToken);
        return await CompileInTurnAsync(cycle, force, approvedOnly ?? options.Value.ApprovedOnly, cancellationToken);
    }

    private async Task<AnnexOutcome> CompileInTurnAsync(Cycle cycle, bool force, bool onlyApproved, CancellationToken cancellationToken)
    {
        var statuses = await queries.StatusAsync(cycle, cancellationToken);
        var states = await reviews.StatesAsync(cycle, statuses, cancellationToken);
        var adjustments = await reviewed.AdjustmentsAsync(cycle.Id, cancellationToken);
        // The predecessor's returns are inputs too: its changes are compiled in.
        var previous = cycle.PreviousCycleId is { } p ? await queries.StatusAsync(await cycles.RequireAsync(p, cancellationToken), cancellationToken) : null;
        var fingerprint = AnnexFingerprint.Of(statuses, ReviewFingerprint(states, adjustments, onlyApproved), cycle.PreviousCycleId, previous);
        var latest = await Versions.LatestAsync(cycle.Id, cancellationToken);
        if (!force && latest is not null && latest.Fingerprint == fingerprint) return new AnnexOutcome(cycle.Id, latest, Compiled: false);

        // Rows of exactly the submissions fingerprinted above, so that the files and the fingerprint agree.
        var sections = await ReadSectionsAsync(statuses, states, adjustments, onlyApproved, cancellationToken);

        // Versions list newest first by compile time: never record one earlier than the version it follows (a stopped
        // or skewed clock, a laptop's CLI after the cloud's timer).
        var compiledAt = clock.GetUtcNow();
        if (latest is not null && compiledAt <= latest.CompiledAt) compiledAt = latest.CompiledAt.AddTicks(1);
        // Rows labelled against the predecessor's as compiled here (corrected; a return left out of an approved-only annex is not compared).
        var compared = await changes.CompareAsync(cycle, sections.Select(s => (s.Contributor, s.Submission is null || s.NotApproved ? null : s.Rows)).ToList(),
            previous, cancellationToken);
        var (version, files) = await WriteVersionAsync(cycle, compiledAt, fingerprint, sections, compared, force, onlyApproved, cancellationToken);
        using (files)
        {
            // latest.* the five at once, each a synchronous server-side copy of the versioned file where the storage
            // lets us authorise the source (else one Put Blob of the file): a reader sees the old file or the new one.
            var source = await LatestCopySource.CreateAsync(storage.Blobs, LatestByCopy, cancellationToken);
            await Task.WhenAll(AnnexFormats.All.Select(format => RefreshLatestAsync(cycle.Id, version, files, format, source, cancellationToken)));
        }
        await Versions.AddAsync(version, cancellationToken);
        return new AnnexOutcome(cycle.Id, version, Compiled: true);
    }

    /// <summary>A contributor's section: its current rows with corrections applied, or none when left out of an approved-only annex.</summary>
    private async Task<AnnexSection> SectionAsync(ContributorStatus status, ContributorReview? review, ReadingAdjustments adjustments, bool onlyApproved,
        CancellationToken cancellationToken)
    {
        if (status.Current is null && status.Document is null) return new AnnexSection(status, []) { Review = review };
        if (onlyApproved && review?.IsApproved != true) return new AnnexSection(status, []) { Review = review, NotApproved = true };
        var workbook = status.Current is { } current ? await parts.ReadAsync(current, cancellationToken) : StoredParts.None;
        var document = status.Document is { } d ? await parts.ReadAsync(d, cancellationToken) : StoredParts.None;
        // The workbook's narrative and tables, then the Word document's (a return of narrative alone has no rows).
        return new AnnexSection(status, status.Current is { } c ? adjustments.Apply(await rows.ReadAsync(c, cancellationToken)) : [])
        {
            Review = review,
            Parts = new StoredParts([.. workbook.Tables, .. document.Tables], [.. workbook.Narrative, .. document.Narrative]),
        };
    }

    /// <summary>The review's part of the fingerprint: decisions other than received, the corrections and rules in force, approved-only.</summary>
    private static string ReviewFingerprint(IReadOnlyDictionary<string, ContributorReview> states, ReadingAdjustments adjustments, bool onlyApproved)
    {
        var decided = states.Values.Where(r => r.State != ReviewState.Received).Select(r => $"{r.ContributorId}={Thb.Json.KebabCase.Of(r.State)}").Order(StringComparer.Ordinal);
        var parts = new[] { string.Join(",", decided), adjustments.Fingerprint, onlyApproved ? "approved-only" : "" };
        return parts.All(p => p.Length == 0) ? "" : string.Join("|", parts);
    }

    /// <summary>
    /// What the timer runs: first the sweep of stuck uploads (so that what it processes counts; a cycle it cannot sweep
    /// is logged and does not stop the compiling), then every open cycle
    /// whose inputs changed is compiled. A cycle that fails does not stop the others; the failures are thrown together
    /// afterwards, so the host records the run as failed and tries again.
    /// </summary>
    public async Task<IReadOnlyList<AnnexOutcome>> CompileOpenCyclesAsync(CancellationToken cancellationToken = default)
    {
        var outcomes = new List<AnnexOutcome>();
        var failures = new List<Exception>();
        await uploads.SweepOpenCyclesAsync(cancellationToken); // logs what it could not sweep, and goes on
        foreach (var cycle in await cycles.OpenCyclesAsync(cancellationToken))
        {
            try
            {
                outcomes.Add(await CompileAsync(cycle, force: false, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add(new InvalidOperationException($"Compiling the annex of cycle '{cycle.Id}' failed: {e.Message}", e));
            }
        }
        if (failures.Count > 0) throw new AggregateException(failures);
        return outcomes;
    }

    /// <summary>The latest version's file, or null when the cycle has no annex yet.</summary>
    public async Task<AnnexDownload?> OpenLatestAsync(CycleId cycleId, AnnexFormat format, CancellationToken cancellationToken = default)
    {
        var version = await Versions.LatestAsync(cycleId, cancellationToken);
        if (version is null) return null;
        // One GET whose body is handed on as it arrives (never buffered), with the length for the answer's Content-Length.
        var blob = await Container.GetBlobClient(version.BlobName(format)).DownloadStreamingAsync(cancellationToken: cancellationToken);
        return new AnnexDownload(blob.Value.Content, version.FileName(format), AnnexFormats.ContentType(format), version) { Length = blob.Value.Details.ContentLength };
    }

    /// <summary>Saves a version's file to a local path, streamed from the blob (never read whole into memory).</summary>
    public async Task DownloadToAsync(AnnexVersion version, AnnexFormat format, string path, CancellationToken cancellationToken = default) =>
        await Container.GetBlobClient(version.BlobName(format)).DownloadToAsync(path, cancellationToken);

    /// <summary>A version's file as bytes: for tests and small files; downloads stream (<see cref="OpenLatestAsync"/>).</summary>
    public async Task<byte[]> ReadAsync(AnnexVersion version, AnnexFormat format, CancellationToken cancellationToken = default)
    {
        var content = await Container.GetBlobClient(version.BlobName(format)).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToArray();
    }

    /// <summary>
    /// Builds the files and writes the versioned ones, each once and never replaced (If-None-Match: *). Should the
    /// name be taken after all (a compiler that does not take turns, e.g. an older build during a deployment), the
    /// next free name is tried.
    /// </summary>
    private async Task<(AnnexVersion Version, AnnexFiles Files)> WriteVersionAsync(Cycle cycle, DateTimeOffset compiledAt, AnnexFingerprint fingerprint,
        List<AnnexSection> sections, CycleChanges? compared, bool force, bool onlyApproved, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stem = await FreeStemAsync(cycle.Id, compiledAt, cancellationToken);
            var input = new AnnexInput(cycle, stem, compiledAt, fingerprint, sections, compared) { ApprovedOnly = onlyApproved };
            var version = new AnnexVersion(cycle.Id, stem, fingerprint, compiledAt, sections.Count, sections.Count(s => s.Submission is not null),
                input.RowCount, force, sections.Where(s => s.Submission is not null).Select(s => $"{s.Contributor.Id}:{s.Submission!.Id}").ToList());
            // Written to a temporary folder and uploaded from there (an annex of 100,000 rows is hundreds of megabytes),
            // each file as soon as it is whole: the CSV first (whole long before the others), which claims the name
            // (FreeStemAsync looks for it), then the others, while the rest are still being written.
            var files = AnnexFiles.InTemporaryFolder();
            try
            {
                await AnnexBuilder.BuildAsync(input, files, format =>
                    UploadAsync(version.BlobName(format), files, format, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken));
                return (version, files);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Taken meanwhile: FreeStemAsync now skips it.
                files.Dispose();
            }
            catch
            {
                files.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// The version's stem, with a suffix when a version compiled within the same second already took the name: taken
    /// when its CSV (the first file a compiler writes) or its workbook (the first file earlier builds wrote) exists.
    /// </summary>
    private async Task<string> FreeStemAsync(CycleId cycleId, DateTimeOffset compiledAt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stem = AnnexBlobNames.Stem(cycleId, compiledAt, attempt);
            var taken = await Task.WhenAll(new[] { AnnexFormat.Csv, AnnexFormat.Xlsx }.Select(async format =>
                (await Container.GetBlobClient(AnnexBlobNames.Versioned(cycleId, stem, format)).ExistsAsync(cancellationToken)).Value));
            if (!taken.Any(t => t)) return stem;
        }
    }

    /// <summary>How many contributors' rows are read at once (one partition each).</summary>
    private const int ParallelReads = 4;

    /// <summary>Each contributor's rows, several partitions at a time, in the statuses' order.</summary>
    private async Task<List<AnnexSection>> ReadSectionsAsync(IReadOnlyList<ContributorStatus> statuses, IReadOnlyDictionary<string, ContributorReview> states,
        ReadingAdjustments adjustments, bool onlyApproved, CancellationToken cancellationToken)
    {
        var sections = new AnnexSection[statuses.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, statuses.Count), options, async (i, token) =>
        {
            var status = statuses[i];
            sections[i] = await SectionAsync(status, states.GetValueOrDefault(status.Contributor.Id), adjustments, onlyApproved, token);
        });
        return [.. sections];
    }

    /// <summary>
    /// Copy latest.* from the versioned blob on the server (Copy Blob From URL: synchronous, so the copy is whole when
    /// it answers, and a failed one leaves the old file); off in tests of the fallback. At 32 × 500 rows it spares
    /// uploading ~50 MB again.
    /// </summary>
    internal bool LatestByCopy { get; set; } = true;

    /// <summary>
    /// {cycle}/latest.{format} made the version's file: a synchronous server-side copy when the source can be
    /// authorised and is within the copy's limit, else (or when the copy is refused) one Put Blob of the local file.
    /// </summary>
    private async Task RefreshLatestAsync(CycleId cycleId, AnnexVersion version, AnnexFiles files, AnnexFormat format, LatestCopySource source,
        CancellationToken cancellationToken)
    {
        var name = AnnexBlobNames.Latest(cycleId, format);
        if (files.Length(format) <= LatestCopySource.MaxBytes && source.UriOf(Container.GetBlobClient(version.BlobName(format))) is { } uri)
        {
            try
            {
                await Container.GetBlobClient(name).SyncCopyFromUriAsync(uri, cancellationToken: cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 400 or 403 or 404 or 409 or 501)
            {
                // Refused (a storage without Copy Blob From URL, a source authorisation it does not take): upload it.
            }
        }
        await UploadAsync(name, files, format, conditions: null, cancellationToken);
    }

    /// <summary>
    /// One Put Blob of the whole file (never staged in blocks), so a reader sees the old file or the new one, never part
    /// of one; its bytes stream from the file to the request.
    /// </summary>
    private async Task UploadAsync(string name, AnnexFiles files, AnnexFormat format, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        await using var content = files.OpenRead(format);
        await Container.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = AnnexFormats.ContentType(format) },
            Conditions = conditions,
            TransferOptions = new Azure.Storage.StorageTransferOptions { InitialTransferSize = Math.Max(content.Length, 1), MaximumConcurrency = 1 },
        }, cancellationToken);
    }
}
