using System.Text.Json;
using Thb.Intake.Findings;
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

    public async Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
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
            if (json)
            {
                // Streamed: written as it is serialised, never built as one string (30M characters at 20,000 rows).
                await JsonSerializer.SerializeAsync(new TextWriterStream(context.Out), ReturnJson.ToDocument(check), ReturnJson.Options, cancellationToken);
                context.Out.WriteLine();
            }
            else VerdictPrinter.Print(context.Out, check);
            if (!check.Status.IsAccepted()) exit = ExitCodes.Rejected;
        }
        return exit;
    }
}

/// <summary>Prints a verdict the way a person reads it: one line, then a table of findings.</summary>
public static class VerdictPrinter
{
    public static void Print(TextWriter output, ReturnCheck check)
    {
        var where = check.Sheet is null ? "" : $", sheet '{check.Sheet}', header row {check.HeaderRow}";
        var who = string.Join(", ", new[] { check.Delegation, check.Cycle is null ? null : $"cycle {check.Cycle}" }.Where(s => s is not null));
        output.WriteLine($"{check.File}: {ReturnStatuses.ToJson(check.Status).ToUpperInvariant()} — {(who.Length > 0 ? who : "delegation unknown")}{where}; " +
                         $"{check.Rows.Count} row(s), {check.ErrorCount} error(s), {check.WarningCount} warning(s)");
        PrintFindings(output, check.Findings);
    }

    public static void PrintFindings(TextWriter output, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        var locationWidth = Math.Max(8, findings.Max(f => f.Location.Length));
        var codeWidth = Math.Max(4, findings.Max(f => f.Code.Length));
        output.WriteLine($"  {"severity",-8}  {"where".PadRight(locationWidth)}  {"code".PadRight(codeWidth)}  message");
        foreach (var f in findings)
            output.WriteLine($"  {FindingSeverities.ToJson(f.Severity),-8}  {f.Location.PadRight(locationWidth)}  {f.Code.PadRight(codeWidth)}  {f.Message}");
    }

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, ReturnJson.Options);
}
