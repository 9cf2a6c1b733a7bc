using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb check FILE...`: the offline check a delegation can run before uploading.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";
    public string Usage => "thb check FILE [FILE...] [--delegation NAME] [--cycle ID] [--json]";
    public string Summary => "Check returns offline: verdict, findings and normalised rows (exit 0 accepted, 3 rejected).";
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "delegation", "cycle" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "json" };

    public Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        if (args.Positional.Count == 0) throw new UsageException("Name the workbook(s) to check.");
        var json = args.Flag("json");
        if (json && args.Positional.Count > 1) throw new UsageException("--json checks one file, so that stdout is exactly one JSON document.");

        var options = new CheckOptions
        {
            DelegationNames = args.Value("delegation") is { } d ? [d] : [],
            Cycle = args.Value("cycle"),
        };
        var exit = ExitCodes.Ok;
        foreach (var path in args.Positional)
        {
            var full = Path.GetFullPath(path, context.WorkingDirectory);
            if (!File.Exists(full)) throw new UsageException($"No such file: {path}");
            var check = ReturnChecker.Check(full, options);
            if (json) context.Out.WriteLine(ReturnJson.Serialize(check));
            else VerdictPrinter.Print(context.Out, check);
            if (!check.Status.IsAccepted()) exit = ExitCodes.Rejected;
        }
        return Task.FromResult(exit);
    }
}
