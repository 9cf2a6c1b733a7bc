using Thb.Cycles;
using Thb.Portal;

namespace Thb.Cli.Commands;

/// <summary>`thb links --cycle ID [--base-url URL]`: one signed portal link per contributor, then the Presidency's, one per line.</summary>
public sealed class LinksCommand : StorageCommand
{
    public override string Name => "links";
    public override string Usage => "thb links --cycle ID [--base-url URL] [--days N]";
    public override string Summary => "Print each contributor's signed portal link and the Presidency's, one full URL per line.";
    protected override IEnumerable<string> CommandValueOptions => ["cycle", "base-url", "days"];

    protected override void Validate(ParsedArguments args)
    {
        Identifiers.Require(args.Required("cycle"), "cycle");
        if (args.Value("base-url") is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _)) throw new UsageException($"--base-url must be an absolute URL, not '{url}'.");
        if (args.Int("days") is <= 0) throw new UsageException("--days must be at least 1.");
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args, context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var options = services.PortalOptions;
        if (args.Int("days") is { } days) options = options with { LinkLifetime = TimeSpan.FromDays(days) };
        var links = new PortalLinks(services.PortalTokens, options, services.Clock);
        var baseUrl = args.Value("base-url");
        foreach (var record in await services.Cycles.ContributorsAsync(cycle.Id, cancellationToken))
            context.Out.WriteLine(links.ForContributor(cycle.Id, record.Contributor.Id, baseUrl));
        context.Out.WriteLine(links.ForPresidency(cycle.Id, baseUrl));
        return ExitCodes.Ok;
    }
}
