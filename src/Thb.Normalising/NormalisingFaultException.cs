namespace Thb.Normalising;

/// <summary>A reader of this library failed on a cell: a fault of ours, never a property of the text.</summary>
public sealed class NormalisingFaultException(ReadFailure failure)
    : Exception($"Reading a cell failed inside the normaliser ({failure.ExceptionType}: {failure.Message}).")
{
    public ReadFailure Failure { get; } = failure;
}
