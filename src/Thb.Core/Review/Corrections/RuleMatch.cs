using System.Text.RegularExpressions;
using Thb.Normalising;

namespace Thb.Review.Corrections;

/// <summary>Whether a rule's words occur in a cell: whole words, case and accents aside ("ONUDC" in "ONUDC, Vienna", not in "ONUDCX"). Pure.</summary>
public static class RuleMatch
{
    public static bool Contains(string raw, string match)
    {
        var words = TextFolding.FoldLower(match.Trim());
        if (words.Length == 0) return false;
        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(words).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"(?![\p{L}\p{N}])";
        return Regex.IsMatch(TextFolding.FoldLower(raw), pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
