using Thb.Cycles;
using Thb.Intake;

namespace Thb.Templates;

/// <summary>
/// Makes the pre-filled return workbook of a contributor for a cycle — for `thb template` and, later, the portal's
/// download (<see cref="CreateAsync"/> returns the bytes). With a previous cycle, the contributor's actions from it that
/// may still be running are carried over.
/// </summary>
public sealed class TemplateService(CycleService cycles, SubmissionQueries queries, TimeProvider clock, IUploadLinkProvider uploadLinks)
{
    public async Task<TemplateFile> CreateAsync(CycleId cycleId, ContributorId contributorId, CycleId? fromCycleId = null, CancellationToken cancellationToken = default)
    {
        var cycle = await cycles.RequireAsync(cycleId, cancellationToken);
        var record = await cycles.Store.ContributorAsync(cycleId, contributorId, cancellationToken)
                     ?? throw new KeyNotFoundException($"Cycle '{cycleId}' has no contributor '{contributorId}'. `thb cycle show {cycleId}` lists them.");
        var previous = await PreviousRowsAsync(cycle, fromCycleId, contributorId, cancellationToken);
        return await MakeAsync(cycle, record.Contributor, fromCycleId, previous.GetValueOrDefault(contributorId, []), cancellationToken);
    }

    /// <summary>One template per contributor of the cycle, in protocol order.</summary>
    public async Task<IReadOnlyList<TemplateFile>> CreateAllAsync(CycleId cycleId, CycleId? fromCycleId = null, CancellationToken cancellationToken = default)
    {
        var cycle = await cycles.RequireAsync(cycleId, cancellationToken);
        var contributors = await cycles.ContributorsAsync(cycle.Id, cancellationToken);
        var previous = await PreviousRowsAsync(cycle, fromCycleId, null, cancellationToken);
        var files = new List<TemplateFile>();
        foreach (var c in contributors.OrderBy(c => c.Contributor.Order).ThenBy(c => c.Contributor.Id, StringComparer.Ordinal))
            files.Add(await MakeAsync(cycle, c.Contributor, fromCycleId, previous.GetValueOrDefault(c.Contributor.Id, []), cancellationToken));
        return files;
    }

    private async Task<TemplateFile> MakeAsync(Cycle cycle, Contributor contributor, CycleId? fromCycleId, IReadOnlyList<CarriedRow> rows, CancellationToken cancellationToken)
    {
        var link = await uploadLinks.UploadLinkAsync(cycle, contributor, cancellationToken);
        var request = new TemplateRequest(cycle, contributor, rows, fromCycleId?.Value, link?.OriginalString);
        return new TemplateFile(cycle.Id, contributor.Id, TemplateFile.FileNameFor(cycle.Id, contributor.Id), TemplateWorkbook.Build(request), rows.Count);
    }

    /// <summary>The carried-over rows of the previous cycle by contributor (one contributor's, or everyone's).</summary>
    private async Task<Dictionary<string, IReadOnlyList<CarriedRow>>> PreviousRowsAsync(Cycle cycle, CycleId? fromCycleId, ContributorId? contributorId, CancellationToken cancellationToken)
    {
        if (fromCycleId is null) return [];
        if (fromCycleId == cycle.Id) throw new ArgumentException($"Rows are carried over from an earlier cycle, not from cycle '{cycle.Id}' itself.");
        var previous = await cycles.RequireAsync(fromCycleId.Value, cancellationToken);
        var cutoff = CarryOver.Cutoff(cycle, clock);
        var rows = await queries.CurrentRowsAsync(previous, contributorId, cancellationToken);
        return rows
            .GroupBy(r => r.Contributor ?? contributorId?.Value ?? "")
            .ToDictionary(g => g.Key, g => CarryOver.Select(g, cutoff));
    }
}
