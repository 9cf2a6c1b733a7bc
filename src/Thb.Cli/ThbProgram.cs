using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Thb.Cli.Commands;

namespace Thb.Cli;

/// <summary>
/// The thb tool: its commands on System.CommandLine (generated help, typo suggestions, validation, `[suggest]`
/// completion), and one exit code per outcome — 0 done, 3 a return rejected, 2 a command line that cannot run as
/// written, 1 anything else (a fault is one line, its stack only with --verbose).
/// </summary>
public static class ThbProgram
{
    public const string Description = "thb — collect, check and consolidate THB external-action returns.";

    /// <summary>Every command, declared over <paramref name="context"/> (paths are checked relative to its working folder).</summary>
    public static IReadOnlyList<Command> Commands(CliContext context) =>
    [
        new DemoCommand(context),
        new CheckCommand(context),
        new CycleCommand(context),
        new SubmitCommand(context),
        new StatusCommand(context),
        new RowsCommand(context),
        new TemplateCommand(context),
        new RemindCommand(context),
        new LinksCommand(context),
        new ServeCommand(context),
        new AnnexCommand(context),
        new AnalysisCommand(context),
        new ReviewCommand(context),
        new CorrectCommand(context),
        new RulesCommand(context),
        new DiffCommand(context),
        new ReprocessCommand(context),
        new BenchCommand(context),
        new CompletionCommand(context),
    ];

    public static Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default) =>
        RunAsync(args, context, Commands(context), cancellationToken);

    /// <summary>Runs <paramref name="args"/> with these <paramref name="commands"/> (a test passes its own configured one).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, IEnumerable<Command> commands, CancellationToken cancellationToken)
    {
        var root = Root(commands);
        // "thb help [COMMAND]" as well as "thb [COMMAND] --help".
        var parse = root.Parse(args is ["help", ..] ? [.. args.Skip(1), "--help"] : args);
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null, // CliSignals: the command stops itself, with one line
        };
        if (parse.Action is ParseErrorAction) return UsageError(parse, context);
        using var signals = CliSignals.Register(context, cancellationToken);
        try
        {
            if (!context.OwnsProcess || parse.CommandResult.Command is not ThbCommand { StopGrace: { } grace })
                return await parse.InvokeAsync(invocation, signals.Token);
            // On a thread of its own, so that work that never yields (an annex built in memory) cannot hold the signal up.
            var running = Task.Run(() => parse.InvokeAsync(invocation, signals.Token));
            if (await Task.WhenAny(running, signals.GraceOverAsync(grace)) == running) return await running;
            context.Error.WriteLine($"{CliPath.Of(parse.CommandResult.Command)}: stopped by {signals.Received} before it finished; what it had written stays as it was.");
            return CliFailure.Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CliFailure.Report(e, CliPath.Of(parse.CommandResult.Command), parse.GetValue(Verbose(root)), context.Error, signals.Token);
        }
    }

    private static RootCommand Root(IEnumerable<Command> commands)
    {
        var root = new RootCommand(Description);
        root.Options.Add(new Option<bool>("--verbose") { Description = "On a failure, print the whole exception (stack trace included).", Recursive = true });
        foreach (var command in commands) root.Subcommands.Add(command);
        root.SetAction(parse =>
        {
            // Bare `thb`: the list of commands, as a usage error (nothing was asked).
            new HelpAction().Invoke(parse);
            return ExitCodes.Usage;
        });
        return root;
    }

    private static Option<bool> Verbose(RootCommand root) => (Option<bool>)root.Options.First(o => o.Name == "--verbose");

    /// <summary>The parser's messages on standard error, a guess at a mistyped word, where to find the usage; exit 2.</summary>
    private static int UsageError(ParseResult parse, CliContext context)
    {
        var command = parse.CommandResult.Command;
        foreach (var error in parse.Errors.Select(e => e.Message).Distinct()) context.Error.WriteLine(error);
        if (parse.UnmatchedTokens.FirstOrDefault() is { } word && TypoSuggestion.For(word, command) is [_, ..] guesses)
            context.Error.WriteLine($"Did you mean {string.Join(" or ", guesses.Select(g => $"'{g}'"))}?");
        context.Error.WriteLine($"See `{CliPath.Of(command)} --help` for its usage.");
        return ExitCodes.Usage;
    }
}
