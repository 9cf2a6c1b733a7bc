using Thb.Cycles;

namespace Thb.Annex;

/// <summary>One compiled annex, as recorded in table annexversions (partition = cycle).</summary>
public sealed record AnnexVersion(
    CycleId CycleId,
    string Stem,
    AnnexFingerprint Fingerprint,
    DateTimeOffset CompiledAt,
    int Contributors,
    int ContributorsWithReturn,
    int Rows,
    bool Forced,
    IReadOnlyList<string> Submissions)
{
    public string BlobName(AnnexFormat format) => AnnexBlobNames.Versioned(CycleId, Stem, format);

    public string FileName(AnnexFormat format) => Stem + AnnexFormats.Extension(format);
}
