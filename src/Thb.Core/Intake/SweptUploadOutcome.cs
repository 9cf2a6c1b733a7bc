namespace Thb.Intake;

/// <summary>processed (a verdict is recorded) | still-failing (the attempt threw; tried again later) | marked-failed (attempts spent).</summary>
public enum SweptUploadOutcome
{
    Processed,
    StillFailing,
    MarkedFailed,
}
