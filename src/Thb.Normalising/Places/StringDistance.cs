namespace Thb.Normalising.Places;

/// <summary>String distances for typo tolerance.</summary>
internal static class StringDistance
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

        var n = a.Length;
        var m = b.Length;
        var prev2 = new int[m + 1];
        var prev = new int[m + 1];
        var cur = new int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
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

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return Math.Min(prev[m], over);
    }
}
