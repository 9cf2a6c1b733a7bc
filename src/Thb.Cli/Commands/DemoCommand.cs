using Thb.Demo;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>`thb demo`: the whole pipeline on the bundled returns (for now: the offline check of each).</summary>
public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Usage => "thb demo";
    public string Summary => "Run the pipeline on the bundled sample returns and print each verdict.";
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>();
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string>();

    public Task<int> RunAsync(ParsedArguments args, CliContext context, CancellationToken cancellationToken)
    {
        foreach (var name in DemoData.Names.Where(n => n.StartsWith("Returns/", StringComparison.Ordinal)))
        {
            var check = ReturnChecker.Check(new MemoryStream(DemoData.Read(name)), Path.GetFileName(name));
            VerdictPrinter.Print(context.Out, check);
            context.Out.WriteLine();
        }
        return Task.FromResult(ExitCodes.Ok);
    }
}
