using Thb.Annex;
using Thb.Cycles;
using Thb.Reminders;
using Thb.Templates;

namespace Thb.Portal;

/// <summary>What the portal shows of the other capabilities: templates, the latest annex, reminders sent.</summary>
public sealed class PortalContent(TemplateService templates, AnnexService annex, ReminderService reminders)
{
    public async Task<byte[]> TemplateAsync(Cycle cycle, Contributor contributor, CancellationToken cancellationToken) =>
        (await templates.CreateAsync(cycle.Id, contributor.Id, cancellationToken: cancellationToken)).Content;

    public async Task<(DateTimeOffset CompiledAt, string Blob)?> LatestAnnexAsync(Cycle cycle, CancellationToken cancellationToken) =>
        await annex.Versions.LatestAsync(cycle.Id, cancellationToken) is { } latest
            ? (latest.CompiledAt, AnnexBlobNames.Latest(cycle.Id, AnnexFormat.Xlsx))
            : null;

    public async Task<byte[]?> AnnexFileAsync(Cycle cycle, AnnexFormat format, CancellationToken cancellationToken)
    {
        await using var download = await annex.OpenLatestAsync(cycle.Id, format, cancellationToken);
        if (download is null) return null;
        using var memory = new MemoryStream();
        await download.Content.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    /// <summary>Reminders sent so far, per contributor id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RemindersSentAsync(Cycle cycle, CancellationToken cancellationToken) =>
        (await reminders.Outbox.ForCycleAsync(cycle.Id, cancellationToken))
            .Where(e => e.Type == OutboxEntryType.Reminder && e.State == OutboxState.Sent && e.ContributorId is not null)
            .GroupBy(e => e.ContributorId!)
            .ToDictionary(g => g.Key, g => g.Count());
}
