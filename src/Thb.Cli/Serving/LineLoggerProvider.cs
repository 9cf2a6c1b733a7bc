using Microsoft.Extensions.Logging;

namespace Thb.Cli.Serving;

/// <summary>
/// `thb serve`'s log: one line per entry ("HH:mm:ss warn: …") on the command's own output, so a person sees refused
/// requests and failed checks where the server's other lines go (and tests running it in-process read them there).
/// </summary>
public sealed class LineLoggerProvider(TextWriter output, TimeProvider clock) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LineLogger(output, clock);

    public void Dispose()
    {
    }

    private sealed class LineLogger(TextWriter output, TimeProvider clock) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var level = logLevel switch { LogLevel.Information => "info", LogLevel.Warning => "warn", LogLevel.Error => "fail", _ => "crit" };
            // The exception's message only: a person reads this, the stack trace helps nobody here.
            var reason = exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message.Split('\n')[0].Trim()})";
            output.WriteLine($"{clock.GetLocalNow():HH:mm:ss} {level}: {formatter(state, exception)}{reason}");
        }
    }
}
