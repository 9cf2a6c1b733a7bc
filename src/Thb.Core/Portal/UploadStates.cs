using Thb.Intake.Returns;

namespace Thb.Portal;

public static class UploadStates
{
    /// <summary>The state of an upload whose verdict the intake has recorded.</summary>
    public static UploadState Of(ReturnStatus status) => status switch
    {
        ReturnStatus.Accepted => UploadState.Accepted,
        ReturnStatus.AcceptedWithWarnings => UploadState.AcceptedWithWarnings,
        _ => UploadState.Rejected,
    };
}
