using System.CommandLine;

namespace Thb.Cli.Commands;

/// <summary>
/// `thb completion [bash|zsh]`: a shell function that completes thb's commands, options and values by asking thb
/// itself through System.CommandLine's [suggest] directive. Use: <c>source &lt;(./thb completion bash)</c>.
/// </summary>
public sealed class CompletionCommand : ThbCommand
{
    // The word the person typed to run thb (./thb, thb) runs the suggestion; the line after it is what is completed.
    private const string Bash = """
        _thb_complete() {
          local line="${COMP_LINE#"${COMP_WORDS[0]}"}"
          line="${line# }"
          local point=$(( COMP_POINT - ${#COMP_LINE} + ${#line} ))
          local IFS=$'\n'
          COMPREPLY=( $("${COMP_WORDS[0]}" "[suggest:${point}]" "${line}" 2>/dev/null) )
        }
        complete -o default -F _thb_complete thb ./thb
        """;

    private readonly Argument<string> _shell = new Argument<string>("SHELL") { Description = "The shell: bash or zsh.", DefaultValueFactory = _ => "bash" };

    public CompletionCommand(CliContext context)
        : base("completion", "Print a shell completion script for thb: `source <(./thb completion bash)` (zsh: `source <(./thb completion zsh)`).", context)
    {
        _shell.AcceptOnlyFromAmong("bash", "zsh");
        Add(_shell);
    }

    protected override Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken)
    {
        if (args.GetValue(_shell) == "zsh") Context.Out.WriteLine("autoload -U +X bashcompinit && bashcompinit");
        Context.Out.WriteLine(Bash);
        return Task.FromResult(ExitCodes.Ok);
    }
}
