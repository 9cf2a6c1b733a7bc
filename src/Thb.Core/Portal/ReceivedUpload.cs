using Microsoft.AspNetCore.Http;

namespace Thb.Portal;

/// <summary>An upload's form file and the name it came with, or why it could not be taken.</summary>
public sealed record ReceivedUpload(IFormFile? File, string? FileName, UploadProblem? Problem)
{
    public static ReceivedUpload Refused(int status, string message) => new(null, null, new UploadProblem(status, message));
}
