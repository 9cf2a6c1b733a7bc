namespace Thb.Intake;

/// <summary>Where the intake of one upload stands (JSON and text: checking | retrying | failed | done).</summary>
public enum UploadProgress
{
    /// <summary>An attempt is under way (or began less than the reprocess bound ago).</summary>
    Checking,

    /// <summary>An attempt failed or was cut off; the runtime or the sweep tries again.</summary>
    Retrying,

    /// <summary>Every attempt failed: the upload is kept, and the operator looks into it.</summary>
    Failed,

    /// <summary>The verdict is recorded (a submission exists).</summary>
    Done,
}
