namespace Thb.Normalising;

/// <summary>
/// A list of phrases matched word by word on the tokens of a cell (folded, white space ignored): "n.c." matches
/// "n. c." and "N.C.", never the letters inside "finance"; "k. A." matches "k.A.".
/// </summary>
internal sealed class TokenPhrases
{
    private readonly Dictionary<string, List<string[]>> byFirst = new(StringComparer.Ordinal);

    public TokenPhrases(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = TextTokenizer.Tokenize(phrase).Select(t => t.Lower).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add(words);
        }
    }

    /// <summary>Whether a phrase starts at token <paramref name="i"/>; <paramref name="end"/> is the index after it.</summary>
    public bool StartsAt(List<TextToken> tokens, int i, out int end)
    {
        end = i;
        if (!byFirst.TryGetValue(tokens[i].Lower, out var candidates))
        {
            return false;
        }

        foreach (var words in candidates)
        {
            var k = 0;
            while (k < words.Length && i + k < tokens.Count && tokens[i + k].Lower == words[k])
            {
                k++;
            }

            if (k == words.Length)
            {
                end = i + k;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any phrase occurs in the tokens.</summary>
    public bool AnyIn(List<TextToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (StartsAt(tokens, i, out _))
            {
                return true;
            }
        }

        return false;
    }
}
