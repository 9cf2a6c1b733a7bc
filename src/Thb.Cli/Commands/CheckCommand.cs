using System.CommandLine;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb check FILE...`: the offline check a delegation can run before uploading.</summary>
public sealed class CheckCommand : ThbCommand
{
    private readonly Argument<string[]> _files;
    private readonly Option<string?> _delegation = CliOptions.Text("--delegation", "NAME", "The delegation the return should be from (a mismatch is an error).");
    private readonly Option<string?> _cycle = CliOptions.Text("--cycle", "ID", "The cycle the return should be for.");
    private readonly Option<bool> _json = CliOptions.Flag("--json", "Print the verdict, findings and normalised rows as one JSON document (one file only).");

    public CheckCommand(CliContext context)
        : base("check", "Check returns offline: verdict, findings and normalised rows (exit 0 accepted, 3 rejected).", context)
    {
        _files = CliOptions.ExistingFiles("FILE", "The return workbook(s) to check.", context, ArgumentArity.OneOrMore);
        Add(_files);
        Add(_delegation);
        Add(_cycle);
        Add(_json);
        Validators.Add(result =>
        {
            if (result.GetValue(_json) && result.GetValue(_files) is { Length: > 1 })
                result.AddError("--json checks one file, so that stdout is exactly one JSON document.");
        });
    }

    protected override async Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        // The vocabularies and gazetteer are built on the other core while this one opens the first workbook.
        CheckWarmUp.Start();
        var json = args.GetValue(_json);
        var options = new CheckOptions
        {
            DelegationNames = args.GetValue(_delegation) is { } d ? [d] : [],
            Cycle = args.GetValue(_cycle),
        };
        var exit = ExitCodes.Ok;
        foreach (var path in args.GetRequiredValue(_files))
        {
            var check = ReturnChecker.Check(Context.FullPath(path), options);
            if (json)
            {
                // Streamed: written as it is serialised, never built as one string (30M characters at 20,000 rows).
                ReturnJson.Write(new TextWriterStream(Context.Out), check);
                Context.Out.WriteLine();
            }
            else VerdictPrinter.Print(Context.Out, check);
            if (!check.Status.IsAccepted()) exit = ExitCodes.Rejected;
        }
        return exit;
    }
}
