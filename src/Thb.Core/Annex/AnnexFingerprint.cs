using System.Security.Cryptography;
using System.Text;
using Thb.Cycles;
using Thb.Intake;

namespace Thb.Annex;

/// <summary>
/// What an annex was compiled from: a SHA-256 over every contributor's current submission id (contributors without one
/// included, so a first submission changes it) and the layout version (so a new layout recompiles once).
/// </summary>
public readonly record struct AnnexFingerprint(string Value)
{
    /// <summary>Bump when the compiled files change shape, so every open cycle is compiled again with the new layout.</summary>
    public const string LayoutVersion = "thb-annex/3";

    public static AnnexFingerprint Of(IEnumerable<ContributorStatus> statuses)
    {
        // A contributor's sections are part of its input (a new title regroups its rows); the lines of the others are as before.
        var lines = statuses.Select(s => $"{s.Contributor.Id}\t{s.Current?.Id ?? "-"}" + (s.Document is { } d ? "\tdocument " + d.Id : "") +
                                         (s.Contributor.Sections.Count > 0 ? "\t" + SectionTitle.FormatList(s.Contributor.Sections) : ""))
            .Order(StringComparer.Ordinal);
        var text = LayoutVersion + "\n" + string.Join("\n", lines);
        return new AnnexFingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    public override string ToString() => Value;
}
