namespace Thb.Intake;

/// <summary>An upload written to returns/{cycle}/{contributor}/… (or found there already, with the same content).</summary>
public sealed record ReturnUpload(string BlobName, bool AlreadyThere);
