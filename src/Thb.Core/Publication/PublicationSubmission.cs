namespace Thb.Publication;

/// <summary>The accepted return a section was compiled from.</summary>
public sealed record PublicationSubmission(string Id, string FileName, DateTimeOffset UploadedAt);
