using System.Text;
using Thb.Normalising;

namespace Thb.Cycles;

/// <summary>
/// The title of a sub-section of a contributor's part of the annex, as the registry lists it ("DG Home Affairs"):
/// trimmed, 1 to <see cref="MaxLength"/> characters, no '|' (the CSV separator) and no line breaks. A title written in
/// a return matches it without regard to case, accents, spacing or punctuation ("dg home-affairs").
/// </summary>
public readonly record struct SectionTitle
{
    public const int MaxLength = 100;

    /// <summary>The character that separates titles in the contributors CSV and in stored entities.</summary>
    public const char Separator = '|';

    public SectionTitle(string text)
    {
        if (Problem(text) is { } problem) throw new ArgumentException(problem, nameof(text));
        Text = text.Trim();
    }

    public string Text { get; }

    /// <summary>Why a text cannot be a section title, or null when it can.</summary>
    public static string? Problem(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return "a section title is empty";
        if (trimmed.Length > MaxLength) return $"the section title \"{trimmed[..40]}…\" is longer than {MaxLength} characters";
        if (trimmed.Contains(Separator, StringComparison.Ordinal) || trimmed.Any(char.IsControl))
            return $"the section title \"{trimmed}\" holds a '{Separator}' or a line break";
        return null;
    }

    /// <summary>Whether a heading as written in a return names this section.</summary>
    public bool Matches(string? written) => written is not null && Key(written) == Key(Text) && Key(Text).Length > 0;

    /// <summary>The titles of a stored or typed list ("DG Home Affairs|DG Enlargement"); blanks skipped.</summary>
    public static IReadOnlyList<SectionTitle> ParseList(string? text) =>
        (text ?? "").Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => new SectionTitle(t)).ToList();

    public static string FormatList(IEnumerable<SectionTitle> titles) => string.Join(Separator, titles.Select(t => t.Text));

    /// <summary>"\"DG Home Affairs\", \"DG Enlargement\"": the titles as a message names them.</summary>
    public static string Quoted(IEnumerable<SectionTitle> titles) => string.Join(", ", titles.Select(t => $"\"{t.Text}\""));

    /// <summary>Lower-case letters and digits only, accents folded: what two spellings of a title compare on.</summary>
    public static string Key(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    public override string ToString() => Text ?? "";
}
