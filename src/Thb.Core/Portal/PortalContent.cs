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

    /// <summary>When the latest annex version was compiled, or null when the cycle has none yet.</summary>
    public async Task<DateTimeOffset?> LatestAnnexAsync(Cycle cycle, CancellationToken cancellationToken) =>
        (await annex.Versions.LatestAsync(cycle.Id, cancellationToken))?.CompiledAt;

    /// <summary>The latest annex file opened for streaming, or null when the cycle has none yet.</summary>
    public Task<AnnexDownload?> OpenAnnexAsync(Cycle cycle, AnnexFormat format, CancellationToken cancellationToken) =>
        annex.OpenLatestAsync(cycle.Id, format, cancellationToken);

    /// <summary>The latest annex's world map as SVG markup (written by MapSvg, every text XML-escaped), or null when there is none yet.</summary>
    public async Task<string?> LatestMapAsync(Cycle cycle, CancellationToken cancellationToken)
    {
        try
        {
            await using var download = await annex.OpenLatestAsync(cycle.Id, AnnexFormat.Svg, cancellationToken);
            if (download is null) return null;
            using var reader = new StreamReader(download.Content, System.Text.Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null; // compiled before the annex carried its map
        }
    }

    /// <summary>Reminders sent so far, per contributor id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RemindersSentAsync(Cycle cycle, CancellationToken cancellationToken) =>
        (await reminders.Outbox.ForCycleAsync(cycle.Id, cancellationToken))
            .Where(e => e.Type == OutboxEntryType.Reminder && e.State == OutboxState.Sent && e.ContributorId is not null)
            .GroupBy(e => e.ContributorId!)
            .ToDictionary(g => g.Key, g => g.Count());
}
