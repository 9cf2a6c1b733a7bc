using System.Text;

namespace Thb.Normalising.Funding;

/// <summary>What a funding cell says besides its amount: the text without the amounts taken and without
/// "approximately"-like words, white space folded; null when no word worth keeping remains.</summary>
internal static class FundingNote
{
    private static readonly HashSet<string> ApproxWords = FundingData.Words.Set("approximately");
    private static readonly HashSet<string> KeptApproxWords = FundingData.Words.Set("approximately-kept");
    private static readonly HashSet<string> FillerWords = FundingData.Words.Set("fillers");

    /// <summary>The note of a cell whose <paramref name="picked"/> amounts were taken.</summary>
    public static string? Of(string text, List<TextToken> tokens, List<MoneyCandidate> picked)
    {
        var sb = new StringBuilder(text.Length);
        bool[] drop = Dropped(tokens, picked);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (drop[k])
            {
                sb.Append(' ');
                continue;
            }

            if (tokens[k].SpaceBefore)
            {
                sb.Append(' ');
            }

            sb.Append(text, tokens[k].Start, tokens[k].End - tokens[k].Start);
        }

        string note = Trimmed(RemoveEmptyParentheses(FoldSpaces(sb.ToString())).Trim());
        bool meaningful = false;
        foreach (TextToken w in TextTokenizer.Tokenize(note))
        {
            meaningful |= w.IsWord && !FillerWords.Contains(w.Lower) && Currencies.Of(w) is null;
        }

        return meaningful ? note : null;
    }

    /// <summary>The tokens left out of the note: the amounts taken, "approximately"-like words (with their full stop), "~".</summary>
    private static bool[] Dropped(List<TextToken> tokens, List<MoneyCandidate> picked)
    {
        var drop = new bool[tokens.Count];
        foreach (MoneyCandidate c in picked)
        {
            Array.Fill(drop, true, c.FirstTok, c.LastTok - c.FirstTok + 1);
        }

        for (int k = 0; k < tokens.Count; k++)
        {
            TextToken x = tokens[k];
            if (x.IsWord && ApproxWords.Contains(x.Lower) && !KeptApproxWords.Contains(x.Lower))
            {
                drop[k] = true;
                if (k + 1 < tokens.Count && tokens[k + 1].Is('.') && !tokens[k + 1].SpaceBefore)
                {
                    drop[k + 1] = true;
                }
            }
            else if (x.Is('~') || x.Is('≈'))
            {
                drop[k] = true;
            }
        }

        return drop;
    }

    /// <summary>Without the punctuation the amounts leave at either end, nor the parentheses around all of it.</summary>
    private static string Trimmed(string note)
    {
        note = note.Trim(' ', '-', ':', ';', ',', '.', '/', '+', '€', '=', '*', '|');
        while (note.Length >= 2 && note[0] == '(' && note[^1] == ')' && note.IndexOf(')', StringComparison.Ordinal) == note.Length - 1)
        {
            note = note[1..^1].Trim();
        }

        note = note.Trim(' ', '-', ':', ';', ',', '/');
        if (note.StartsWith('(') && !note.Contains(')', StringComparison.Ordinal))
        {
            note = note[1..].Trim();
        }

        if (note.EndsWith(')') && !note.Contains('(', StringComparison.Ordinal))
        {
            note = note[..^1].Trim();
        }

        return note;
    }

    /// <summary>"( + )", "( )": parentheses left with neither letters nor digits once the amounts are gone.</summary>
    private static string RemoveEmptyParentheses(string s)
    {
        var sb = new StringBuilder(s);
        bool changed = true;
        while (changed)
        {
            changed = false;
            int open = -1;
            for (int k = 0; k < sb.Length; k++)
            {
                if (sb[k] == '(')
                {
                    open = k;
                }
                else if (sb[k] == ')' && open >= 0)
                {
                    bool empty = true;
                    for (int q = open + 1; q < k; q++)
                    {
                        empty &= !char.IsLetterOrDigit(sb[q]);
                    }

                    if (empty)
                    {
                        sb.Remove(open, k - open + 1);
                        changed = true;
                        break;
                    }

                    open = -1;
                }
            }
        }

        return FoldSpaces(sb.ToString());
    }

    /// <summary>White space folded to single spaces, trimmed.</summary>
    public static string FoldSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
