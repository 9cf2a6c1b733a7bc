namespace Thb.Intake;

/// <summary>A return just written: the blob's ETag, size, upload time and original name as its read-back would give them, and its bytes.</summary>
public sealed record WrittenReturn(string ETag, DateTimeOffset UploadedAt, string? OriginalName, ReadOnlyMemory<byte> Content);
