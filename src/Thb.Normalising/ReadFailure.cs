namespace Thb.Normalising;

/// <summary>Why a cell could not be read, in words a person can act on; for an internal error, the exception's type
/// and message.</summary>
public sealed record ReadFailure(ReadFailureKind Kind, string Message)
{
    /// <summary>For <see cref="ReadFailureKind.InternalError"/>: the exception's type, e.g. "System.IndexOutOfRangeException".</summary>
    public string? ExceptionType { get; init; }

    public static ReadFailure NotUnderstood(string message) => new(ReadFailureKind.NotUnderstood, message);

    public static ReadFailure Fault(Exception exception) =>
        new(ReadFailureKind.InternalError, exception.Message) { ExceptionType = exception.GetType().FullName };
}
