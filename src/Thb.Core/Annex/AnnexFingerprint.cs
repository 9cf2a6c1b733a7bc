using System.Security.Cryptography;
using System.Text;
using Thb.Cycles;
using Thb.Intake;

namespace Thb.Annex;

/// <summary>
/// What an annex was compiled from: a SHA-256 over every contributor's current submission id (contributors without one
/// included, so a first submission changes it) and the layout version (so a new layout recompiles once); for a cycle
/// that names a predecessor, also the predecessor's id and current submissions (its changes are compiled in).
/// </summary>
public readonly record struct AnnexFingerprint(string Value)
{
    /// <summary>Bump when the compiled files change shape, so every open cycle is compiled again with the new layout.</summary>
    public const string LayoutVersion = "thb-annex/4";

    /// <param name="review">
    /// What the review adds to the inputs (decisions, corrections and rules in force, approved-only): "" or null when
    /// nothing, so an unreviewed cycle keeps the fingerprint it had.
    /// </param>
    /// <param name="previousCycleId">The predecessor the cycle names, if any; <paramref name="previous"/>, its statuses.</param>
    public static AnnexFingerprint Of(IEnumerable<ContributorStatus> statuses, string? review = null, string? previousCycleId = null,
        IEnumerable<ContributorStatus>? previous = null)
    {
        var text = LayoutVersion + "\n" + Lines(statuses) + (string.IsNullOrEmpty(review) ? "" : "\nreview\t" + review);
        if (previousCycleId is not null) text += $"\nprevious\t{previousCycleId}\n" + Lines(previous ?? []);
        return new AnnexFingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>One line per contributor; its Word document and its sections are part of its input (a new title regroups its rows), the lines of the others are as before.</summary>
    private static string Lines(IEnumerable<ContributorStatus> statuses) =>
        string.Join("\n", statuses.Select(s => $"{s.Contributor.Id}\t{s.Current?.Id ?? "-"}" + (s.Document is { } d ? "\tdocument " + d.Id : "") +
                                                 (s.Contributor.Sections.Count > 0 ? "\t" + SectionTitle.FormatList(s.Contributor.Sections) : "")).Order(StringComparer.Ordinal));

    public override string ToString() => Value;
}
