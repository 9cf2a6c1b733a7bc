using Thb.Intake;
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

    /// <summary>The state of an upload whose verdict is not recorded yet.</summary>
    public static UploadState Of(UploadProgress progress) => progress switch
    {
        UploadProgress.Retrying => UploadState.Retrying,
        UploadProgress.Failed => UploadState.Failed,
        _ => UploadState.Pending,
    };

    /// <summary>True once the intake recorded a verdict (rows and counts mean something).</summary>
    public static bool HasVerdict(UploadState state) => state is UploadState.Accepted or UploadState.AcceptedWithWarnings or UploadState.Rejected;
}
