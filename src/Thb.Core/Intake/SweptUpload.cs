namespace Thb.Intake;

/// <summary>What the sweep did with one upload that had no verdict: its verdict now, or why it has none yet.</summary>
public sealed record SweptUpload(string BlobName, SweptUploadOutcome Outcome, Submission? Submission, string? Problem);
