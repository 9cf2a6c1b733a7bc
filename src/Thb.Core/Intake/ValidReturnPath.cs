using Thb.Cycles;

namespace Thb.Intake;

/// <summary>A <see cref="ReturnPath"/> whose cycle and contributor segments are ids: the upload the intake tracks.</summary>
public sealed record ValidReturnPath(ReturnPath Path, CycleId CycleId, ContributorId ContributorId)
{
    public string BlobName => Path.BlobName;

    public string FileName => Path.FileName;

    /// <summary>The blob name's path, typed, when both its ids are valid; null otherwise.</summary>
    public static ValidReturnPath? TryParse(string blobName) => ReturnPath.TryParse(blobName, out _)?.Valid;
}
