using System.CommandLine;
using Thb.Cycles;
using Thb.Portal;

namespace Thb.Cli.Commands;

/// <summary>`thb links --cycle ID [--base-url URL]`: one signed portal link per contributor, then the Presidency's, one per line.</summary>
public sealed class LinksCommand : StorageCommand
{
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
    private readonly Option<string?> _baseUrl = CliOptions.Text("--base-url", "URL", "The portal's address (default THB_PORTAL_BASE_URL, else the local `thb serve`).");
    private readonly Option<int?> _days = new("--days") { Description = "How many days the links stay valid (default: the configured lifetime).", HelpName = "N" };

    public LinksCommand(CliContext context)
        : base("links", "Print each contributor's signed portal link and the Presidency's, one full URL per line.", context)
    {
        Add(_cycle);
        Add(_baseUrl);
        Add(_days);
        _baseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
                result.AddError($"--base-url must be an absolute URL, not '{url}'.");
        });
        _days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0) result.AddError("--days must be at least 1.");
        });
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var cycle = await RequiredCycleAsync(args.RequiredId<CycleId>(_cycle), context, services, cancellationToken);
        if (cycle is null) return ExitCodes.Failure;
        var options = services.PortalOptions;
        if (args.GetValue(_days) is { } days) options = options with { LinkLifetime = TimeSpan.FromDays(days) };
        var links = new PortalLinks(services.PortalTokens, options, services.Clock);
        var baseUrl = args.GetValue(_baseUrl);
        foreach (var record in await services.Cycles.ContributorsAsync(cycle.Id, cancellationToken))
            context.Out.WriteLine(links.ForContributor(cycle.Id, record.Contributor.Id, baseUrl));
        context.Out.WriteLine(links.ForPresidency(cycle.Id, baseUrl));
        return ExitCodes.Ok;
    }
}
