using System.Net.Sockets;
using Azure;
using Azure.Identity;

namespace Thb.Cli;

/// <summary>
/// What a network failure says in one line: which endpoint could not be reached or refused, why, and what to check.
/// The Azure SDK wraps what went wrong (an AggregateException after its retries, a RequestFailedException around an
/// HttpRequestException around a SocketException), so the whole chain is read.
/// </summary>
public static class FaultDescription
{
    /// <summary>The line for a failure talking to <paramref name="where"/> ("storage at http://…"), or null if it is no network failure.</summary>
    public static string? Network(Exception exception, string where, string check, TimeSpan? timeout, string? timeoutSetting = null)
    {
        var chain = Chain(exception).ToList();
        if (chain.OfType<AuthenticationFailedException>().FirstOrDefault() is { } signIn)
            return $"cannot sign in to {where} ({FirstLine(signIn.Message)}); sign in with `az login`, or {check}";
        if (chain.OfType<RequestFailedException>().FirstOrDefault(r => r.Status is 401 or 403) is { } refused)
            return $"{where} refused access ({refused.Status} {refused.ErrorCode}); {check} (the account key, or the identity's role on the account)";
        if (chain.Any(e => e is TimeoutException or TaskCanceledException))
            return $"{where} did not answer{(timeout is { } t ? $" within {t.TotalSeconds:0.#} s" : "")}; {check}" +
                   (timeoutSetting is null ? "" : $" ({timeoutSetting} sets how long to wait)");
        if (chain.OfType<SocketException>().FirstOrDefault() is { } socket)
            return $"cannot reach {where} ({Lower(FirstLine(socket.Message))}); {check}";
        if (chain.OfType<HttpRequestException>().FirstOrDefault() is { } http)
            return $"cannot reach {where} ({Lower(FirstLine(http.Message))}); {check}";
        if (chain.OfType<RequestFailedException>().FirstOrDefault(r => r.Status > 0) is { } answered)
            return $"{where} answered {answered.Status} {answered.ErrorCode} ({FirstLine(answered.Message)}); {check}";
        return null;
    }

    /// <summary>Any other failure, in one line: its kind and the first line of its message.</summary>
    public static string Other(Exception exception) =>
        $"{FirstLine(exception.Message)} ({exception.GetType().Name}; --verbose shows where it happened)";

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var e in inner.SelectMany(Chain)) yield return e;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
