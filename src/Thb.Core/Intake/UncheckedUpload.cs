using Thb.Cycles;

namespace Thb.Intake;

/// <summary>An upload whose verdict is not recorded yet, and where its intake stands (checking, retrying or failed).</summary>
public sealed record UncheckedUpload(ContributorId ContributorId, string BlobName, DateTimeOffset UploadedAt, UploadProgress Progress, string? Problem);
