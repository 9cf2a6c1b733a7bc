namespace Thb.Portal;

/// <summary>Why an upload was not taken (400 or 413) and what the person should do.</summary>
public sealed record UploadProblem(int Status, string Message);
