using Thb.Cycles;

namespace Thb.Intake;

/// <summary>
/// A blob name under the returns container, "{cycle}/{contributor}/{file}", checked before anything trusts it:
/// no "..", no backslashes or control characters, exactly three segments, at most 1 KiB.
/// </summary>
public sealed record ReturnPath(string BlobName, string CycleId, string ContributorId, string FileName)
{
    public const int MaxBlobNameLength = 1024;

    /// <summary>Parses a blob name; on failure, <paramref name="problem"/> says what is wrong in words a person can act on.</summary>
    public static ReturnPath? TryParse(string blobName, out string? problem)
    {
        problem = null;
        if (blobName.Length > MaxBlobNameLength)
            problem = $"The file's path is {blobName.Length:N0} characters long; at most {MaxBlobNameLength:N0} are accepted. Upload it again with a short name.";
        else if (blobName.Any(char.IsControl))
            problem = "The file's path contains control characters. Upload it again with a plain name such as 'Austria-2012.xlsx'.";
        else if (blobName.Contains('\\'))
            problem = "The file's path contains a backslash. Upload it to returns/{cycle}/{contributor}/{file name} with forward slashes.";
        else
        {
            var segments = blobName.Split('/');
            if (segments.Any(s => s is "." or ".."))
                problem = "The file's path contains '.' or '..' segments. Upload it to returns/{cycle}/{contributor}/{file name}.";
            else if (segments.Length != 3 || segments.Any(s => s.Length == 0))
                problem = $"The file's path has {segments.Length} segment(s); uploads go to returns/{{cycle}}/{{contributor}}/{{file name}}, e.g. returns/2012-2/austria/return.xlsx.";
            else
                return new ReturnPath(blobName, segments[0], segments[1], segments[2]);
        }
        return null;
    }

    public bool HasValidIds => Identifiers.IsValid(CycleId) && Identifiers.IsValid(ContributorId);
}
