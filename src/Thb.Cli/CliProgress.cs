using Spectre.Console;

namespace Thb.Cli;

/// <summary>
/// Progress on work that takes a while (annex, demo, bench, submit): a Spectre.Console status line with a spinner on a
/// terminal, redrawn below the lines the command prints; nothing at all when output is redirected or in tests
/// (<see cref="CliContext.ShowsProgress"/>), where lines go to <see cref="CliContext.Out"/> as they always did.
/// </summary>
public sealed class CliProgress
{
    private readonly CliContext _context;
    private readonly StatusContext? _status;

    private CliProgress(CliContext context, StatusContext? status)
    {
        _context = context;
        _status = status;
    }

    /// <summary>Runs <paramref name="work"/> with a status line reading <paramref name="status"/> until it changes it.</summary>
    public static async Task<T> RunAsync<T>(CliContext context, string status, Func<CliProgress, Task<T>> work)
    {
        if (!context.ShowsProgress) return await work(new CliProgress(context, null));
        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(status), s => work(new CliProgress(context, s)));
    }

    /// <summary>What the work is doing now (shown only on a terminal).</summary>
    public void Status(string text) => _status?.Status(Markup.Escape(text));

    /// <summary>A line of the command's output: above the status line on a terminal, else to standard output.</summary>
    public void Line(string text = "")
    {
        if (_status is null) _context.Out.WriteLine(text);
        else AnsiConsole.Console.WriteLine(text);
    }
}
