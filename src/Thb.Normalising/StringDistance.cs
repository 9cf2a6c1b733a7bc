namespace Thb.Normalising;

/// <summary>String distances for typo tolerance (places, forms of action, month names).</summary>
public static class StringDistance
{
    /// <summary>
    /// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and transpositions
    /// of adjacent letters, each costing 1). Stops early and returns <paramref name="max"/> + 1 once the distance is
    /// known to exceed <paramref name="max"/>.
    /// </summary>
    public static int DamerauLevenshtein(string a, string b, int max = int.MaxValue)
    {
        var over = max == int.MaxValue ? int.MaxValue : max + 1;
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return over;
        }

        if (b.Length > 64)
        {
            return Distance(a, b, max, over, new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        return Distance(a, b, max, over, prev2, prev, cur);
    }

    /// <summary>Whether the two are at most <paramref name="max"/> edits apart.</summary>
    public static bool AtMost(string a, string b, int max) => DamerauLevenshtein(a, b, max) <= max;

    private static int Distance(string a, string b, int max, int over, Span<int> prev2, Span<int> prev, Span<int> cur)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return over;
            }

            var rotate = prev2;
            prev2 = prev;
            prev = cur;
            cur = rotate;
        }

        return Math.Min(prev[b.Length], over);
    }
}
