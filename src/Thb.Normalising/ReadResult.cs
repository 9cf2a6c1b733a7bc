namespace Thb.Normalising;

/// <summary>
/// What reading one cell gave (after NodaTime's <c>ParseResult&lt;T&gt;</c>): always a value that keeps the raw text,
/// and, when the text could not be read as what its column holds, the reason. An internal error is a failure of its own
/// kind (<see cref="ReadFailureKind.InternalError"/>) with the exception's type and message, so a fault of ours is never
/// taken for text that could not be read.
/// </summary>
public sealed class ReadResult<T>
{
    private ReadResult(T value, ReadFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    /// <summary>The reading; for a failure, the value that says so (unparseable, non-monetary, no place), raw kept.</summary>
    public T Value { get; }

    /// <summary>Why the text could not be read; null when it was.</summary>
    public ReadFailure? Failure { get; }

    public bool Succeeded => Failure is null;

    public bool IsInternalError => Failure?.Kind == ReadFailureKind.InternalError;

    public static ReadResult<T> Success(T value) => new(value, null);

    /// <summary>This reading with another value (the same reading kept for another cell of the same text).</summary>
    internal ReadResult<T> WithValue(T value) => new(value, Failure);

    public static ReadResult<T> Failed(T value, ReadFailure failure) => new(value, failure);

    /// <summary>The value; throws <see cref="NormalisingFaultException"/> for an internal error, so that callers that
    /// do not report failures still never pass a fault off as a reading.</summary>
    public T GetValueOrThrow() =>
        IsInternalError ? throw new NormalisingFaultException(Failure!) : Value;

    /// <summary>Runs a reader: what it returns, or, when it throws, <paramref name="unread"/> with the fault.</summary>
    internal static ReadResult<T> Guard(string raw, Func<string, ReadResult<T>> read, Func<string, T> unread)
    {
        try
        {
            FaultInjection.ThrowIfArmed(raw);
            return read(raw);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(unread(raw), ReadFailure.Fault(e));
        }
    }
}
