namespace Thb.Intake;

/// <summary>An upload written to returns/{cycle}/{contributor}/… (or found there already, with the same content).</summary>
public sealed record ReturnUpload(string BlobName, bool AlreadyThere)
{
    /// <summary>
    /// What this call wrote, as storage answered the write, with the bytes (null when the blob was there already): the
    /// uploader's own intake starts from it instead of reading the blob back.
    /// </summary>
    public WrittenReturn? Written { get; init; }
}
