using System.Security.Cryptography;
using System.Text;
using Thb.Intake;

namespace Thb.Annex;

/// <summary>
/// What an annex was compiled from: a SHA-256 over every contributor's current submission id (contributors without one
/// included, so a first submission changes it) and the layout version (so a new layout recompiles once).
/// </summary>
public readonly record struct AnnexFingerprint(string Value)
{
    /// <summary>Bump when the compiled files change shape, so every open cycle is compiled again with the new layout.</summary>
    public const string LayoutVersion = "thb-annex/2";

    /// <param name="review">
    /// What the review adds to the inputs (decisions, corrections and rules in force, approved-only): "" or null when
    /// nothing, so an unreviewed cycle keeps the fingerprint it had.
    /// </param>
    public static AnnexFingerprint Of(IEnumerable<ContributorStatus> statuses, string? review = null)
    {
        var lines = statuses.Select(s => $"{s.Contributor.Id}\t{s.Current?.Id ?? "-"}").Order(StringComparer.Ordinal);
        var text = LayoutVersion + "\n" + string.Join("\n", lines) + (string.IsNullOrEmpty(review) ? "" : "\nreview\t" + review);
        return new AnnexFingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    public override string ToString() => Value;
}
