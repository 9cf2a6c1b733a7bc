using Thb.Cycles;

namespace Thb.Intake;

/// <summary>
/// A blob name under the returns container, "{cycle}/{contributor}/{file}", checked before anything trusts it:
/// no "..", no backslashes or control characters, exactly three segments, at most 1 KiB. The segments are kept as
/// they were written (<see cref="CycleText"/>, <see cref="ContributorText"/>); <see cref="CycleId"/> and
/// <see cref="ContributorId"/> are the ids they spell, null where a segment spells none.
/// </summary>
public sealed record ReturnPath(string BlobName, string CycleText, string ContributorText, string FileName)
{
    public const int MaxBlobNameLength = 1024;

    /// <summary>The cycle id the first segment spells, or null.</summary>
    public CycleId? CycleId { get; } = Identifiers.TryOrNull<CycleId>(CycleText);

    /// <summary>The contributor id the second segment spells, or null.</summary>
    public ContributorId? ContributorId { get; } = Identifiers.TryOrNull<ContributorId>(ContributorText);

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

    /// <summary>Both ids: the upload is tracked (attempts, verdict under its cycle's partition).</summary>
    public bool HasValidIds => CycleId is not null && ContributorId is not null;

    /// <summary>A path whose segments are both ids, with them typed.</summary>
    public ValidReturnPath? Valid => CycleId is { } cycle && ContributorId is { } contributor ? new ValidReturnPath(this, cycle, contributor) : null;
}
