using System.CommandLine;

namespace Thb.Cli;

/// <summary>
/// A command of the thb tool: its declaration (arguments, options, validators) in the constructor, its behaviour in
/// <see cref="RunAsync(ParseResult, CancellationToken)"/>. Validation that needs the working folder (paths) reads it from
/// <see cref="Context"/>, so every usage error is found before anything runs and exits 2.
/// </summary>
public abstract class ThbCommand : Command
{
    protected ThbCommand(string name, string description, CliContext context) : base(name, description)
    {
        Context = context;
        SetAction(RunAsync);
    }

    protected CliContext Context { get; }

    /// <summary>
    /// How long after Ctrl+C or SIGTERM this command may take to stop by itself (its token is cancelled) before thb exits
    /// 130 without it — work that cannot be cancelled (an annex built in memory) is abandoned then; null: it stops itself.
    /// </summary>
    public virtual TimeSpan? StopGrace => TimeSpan.FromSeconds(5);

    /// <summary>"thb cycle open": how messages of this command begin.</summary>
    public string DisplayName => CliPath.Of(this);

    /// <summary>Runs this instance (with whatever hooks it was given) on <paramref name="args"/>, as `thb NAME args…` would.</summary>
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken) =>
        ThbProgram.RunAsync([Name, .. args], Context, [this], cancellationToken);

    protected abstract Task<int> RunAsync(ParseResult args, CancellationToken cancellationToken);
}
