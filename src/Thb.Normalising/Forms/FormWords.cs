using System.Text;

namespace Thb.Normalising.Forms;

/// <summary>The words of a form of action: folded (lower case, no accents), letters and digits, a hyphen kept inside a
/// word ("co-operation"), every other character a break ("l'enfance" is "l" "enfance").</summary>
internal static class FormWords
{
    public static List<string> Split(string text)
    {
        var folded = TextFolding.FoldLower(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || (c == '-' && current.Length > 0))
            {
                current.Append(c);
            }
            else
            {
                Flush(words, current);
            }
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = current.ToString().Trim('-');
        if (word.Length > 0)
        {
            words.Add(word);
        }

        current.Clear();
    }
}
