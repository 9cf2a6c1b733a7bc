using System.Text.RegularExpressions;
using Thb.Normalising;

namespace Thb.Review.Corrections;

/// <summary>Whether a rule's words occur in a cell: whole words, case and accents aside ("ONUDC" in "ONUDC, Vienna", not in "ONUDCX"). Pure.</summary>
public static class RuleMatch
{
    /// <summary>The words as a pattern over folded text (<see cref="Fold"/>), built once per rule; null for no words.</summary>
    public static Regex? Pattern(string match)
    {
        var words = Fold(match.Trim());
        if (words.Length == 0) return null;
        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(words).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"(?![\p{L}\p{N}])";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    /// <summary>Lower case without accents: what a pattern is matched against.</summary>
    public static string Fold(string text) => TextFolding.FoldLower(text);

    public static bool Contains(string raw, string match) => Pattern(match)?.IsMatch(Fold(raw)) == true;
}
