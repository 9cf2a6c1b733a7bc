namespace Thb.Intake;

/// <summary>A return just written: the blob's ETag, upload time and original name as reading it back would give them, and its bytes (its size is theirs).</summary>
public sealed record WrittenReturn(string ETag, DateTimeOffset UploadedAt, string? OriginalName, ReadOnlyMemory<byte> Content);
