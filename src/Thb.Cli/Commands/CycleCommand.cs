using System.CommandLine;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle open|show|list|close|extend`: the cycle registry, one subcommand each.</summary>
public sealed class CycleCommand : Command
{
    public CycleCommand(CliContext context) : base("cycle", "Open, show, list and close reporting cycles; extend one contributor's deadline or set its language.")
    {
        Subcommands.Add(new CycleOpenCommand(context));
        Subcommands.Add(new CycleShowCommand(context));
        Subcommands.Add(new CycleListCommand(context));
        Subcommands.Add(new CycleCloseCommand(context));
        Subcommands.Add(new CycleExtendCommand(context));
        Subcommands.Add(new CycleLanguageCommand(context));
    }
}
