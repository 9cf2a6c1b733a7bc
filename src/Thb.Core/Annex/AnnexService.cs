using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Thb.Changes;
using Thb.Cycles;
using Thb.Intake;
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
public sealed class AnnexService(ThbStorage storage, CycleService cycles, SubmissionQueries queries, RowStore rows, TimeProvider clock, ChangesService changes)
{
    public AnnexVersionStore Versions { get; } = new(storage);

    private BlobContainerClient Container => storage.Container(StorageNames.Containers.Annex);

    public async Task<AnnexOutcome> CompileAsync(string cycleId, bool force = false, CancellationToken cancellationToken = default) =>
        await CompileAsync(await cycles.RequireAsync(cycleId, cancellationToken), force, cancellationToken);

    public async Task<AnnexOutcome> CompileAsync(Cycle cycle, bool force = false, CancellationToken cancellationToken = default)
    {
        var statuses = await queries.StatusAsync(cycle, cancellationToken);
        var fingerprint = AnnexFingerprint.Of(statuses);
        var latest = await Versions.LatestAsync(cycle.Id, cancellationToken);
        if (!force && latest is not null && latest.Fingerprint == fingerprint) return new AnnexOutcome(cycle.Id, latest, Compiled: false);

        // Rows of exactly the submissions fingerprinted above, so that the files and the fingerprint agree.
        var sections = new List<AnnexSection>();
        foreach (var status in statuses)
            sections.Add(new AnnexSection(status, status.Current is { } current ? await rows.ReadAsync(current, cancellationToken) : []));

        // Versions list newest first by compile time: never record one earlier than the version it follows (a stopped
        // or skewed clock, a laptop's CLI after the cloud's timer).
        var compiledAt = clock.GetUtcNow();
        if (latest is not null && compiledAt <= latest.CompiledAt) compiledAt = latest.CompiledAt.AddTicks(1);
        var stem = await FreeStemAsync(cycle.Id, compiledAt, cancellationToken);
        var compared = await changes.CompareAsync(cycle, sections.Select(s => (s.Contributor, s.Submission is null ? null : s.Rows)).ToList(), cancellationToken);
        var input = new AnnexInput(cycle, stem, compiledAt, fingerprint, sections, compared);
        var files = AnnexBuilder.Build(input);
        var version = new AnnexVersion(cycle.Id, stem, fingerprint, compiledAt, sections.Count, sections.Count(s => s.Submission is not null),
            input.RowCount, force, sections.Where(s => s.Submission is not null).Select(s => $"{s.Contributor.Id}:{s.Submission!.Id}").ToList());

        foreach (var format in AnnexFormats.All)
        {
            // Versioned files are written once and never replaced.
            await UploadAsync(version.BlobName(format), files.Get(format), format, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);
        }
        foreach (var format in AnnexFormats.All)
            await UploadAsync(AnnexBlobNames.Latest(cycle.Id, format), files.Get(format), format, conditions: null, cancellationToken);
        await Versions.AddAsync(version, cancellationToken);
        return new AnnexOutcome(cycle.Id, version, Compiled: true);
    }

    /// <summary>
    /// What the timer runs: every open cycle whose inputs changed is compiled. A cycle that fails does not stop the
    /// others; the failures are thrown together afterwards, so the host records the run as failed and tries again.
    /// </summary>
    public async Task<IReadOnlyList<AnnexOutcome>> CompileOpenCyclesAsync(CancellationToken cancellationToken = default)
    {
        var outcomes = new List<AnnexOutcome>();
        var failures = new List<Exception>();
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
    public async Task<AnnexDownload?> OpenLatestAsync(string cycleId, AnnexFormat format, CancellationToken cancellationToken = default)
    {
        var version = await Versions.LatestAsync(cycleId, cancellationToken);
        if (version is null) return null;
        var stream = await Container.GetBlobClient(version.BlobName(format)).OpenReadAsync(cancellationToken: cancellationToken);
        return new AnnexDownload(stream, version.FileName(format), AnnexFormats.ContentType(format), version);
    }

    public async Task<byte[]> ReadAsync(AnnexVersion version, AnnexFormat format, CancellationToken cancellationToken = default)
    {
        var content = await Container.GetBlobClient(version.BlobName(format)).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToArray();
    }

    /// <summary>The version's stem, with a suffix when a version compiled within the same second already took the name.</summary>
    private async Task<string> FreeStemAsync(string cycleId, DateTimeOffset compiledAt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stem = AnnexBlobNames.Stem(cycleId, compiledAt, attempt);
            if (!await Container.GetBlobClient(AnnexBlobNames.Versioned(cycleId, stem, AnnexFormat.Xlsx)).ExistsAsync(cancellationToken)) return stem;
        }
    }

    private Task UploadAsync(string name, byte[] content, AnnexFormat format, BlobRequestConditions? conditions, CancellationToken cancellationToken) =>
        Container.GetBlobClient(name).UploadAsync(new BinaryData(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = AnnexFormats.ContentType(format) },
            Conditions = conditions,
        }, cancellationToken);
}
