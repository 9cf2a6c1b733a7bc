using Thb.Cli;
using Thb.Cli.Commands;

return await ThbProgram.RunAsync(args, CliContext.FromProcess());

namespace Thb.Cli
{
    public static class ThbProgram
    {
        public static IReadOnlyList<ICommand> Commands { get; } =
        [
            new DemoCommand(),
            new CheckCommand(),
            new CycleCommand(),
            new SubmitCommand(),
            new StatusCommand(),
            new RowsCommand(),
            new TemplateCommand(),
            new RemindCommand(),
            new LinksCommand(),
            new ServeCommand(),
            new AnnexCommand(),
            new DiffCommand(),
            new BenchCommand(),
        ];

        public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
        {
            if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
            {
                PrintHelp(context.Out);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
            }
            var command = Commands.FirstOrDefault(c => c.Name == args[0]);
            if (command is null)
            {
                context.Error.WriteLine($"thb: unknown command '{args[0]}'.");
                PrintHelp(context.Error);
                return ExitCodes.Usage;
            }
            try
            {
                if (args.Skip(1).Any(a => a is "--help" or "-h"))
                {
                    context.Out.WriteLine($"usage: {command.Usage}\n\n{command.Summary}");
                    return ExitCodes.Ok;
                }
                var parsed = ParsedArguments.Parse(args[1..], command);
                return await command.RunAsync(parsed, context, cancellationToken);
            }
            catch (UsageException e)
            {
                context.Error.WriteLine($"thb {command.Name}: {e.Message}");
                context.Error.WriteLine($"usage: {command.Usage}");
                return ExitCodes.Usage;
            }
        }

        private static void PrintHelp(TextWriter output)
        {
            output.WriteLine("thb — collect, check and consolidate THB external-action returns.");
            output.WriteLine();
            output.WriteLine("commands:");
            foreach (var command in Commands)
                output.WriteLine($"  {command.Usage}\n      {command.Summary}");
        }
    }
}
