namespace Thb.Normalising.Durations;

/// <summary>The duration reader's view of the tokens of <see cref="TextTokenizer"/>: month names recognised, months
/// split by PDF extraction glued back ("Novemb er"), two glued abbreviations split ("SeptDec.").</summary>
internal static class DateTokens
{
    public static List<DateToken> Tokenize(string s)
    {
        var list = TextTokenizer.Tokenize(s).ConvertAll(t => new DateToken
        {
            Kind = t.Kind,
            Text = t.Kind == TokenKind.Symbol ? t.Lower : t.Text,
            Norm = t.Lower,
            Value = t.Value,
            SpaceBefore = t.SpaceBefore,
        });
        MergeSplitMonths(list);
        SplitGluedMonths(list);
        foreach (DateToken t in list)
        {
            if (t.IsWord && t.Month == 0)
            {
                t.Month = MonthNames.Lookup(t.Norm);
            }
        }

        return list;
    }

    /// <summary>PDF extraction splits words: "Novemb er", "Januar y", "Dece mber", "Febru ary".</summary>
    private static void MergeSplitMonths(List<DateToken> list)
    {
        for (int i = 0; i + 1 < list.Count; i++)
        {
            DateToken a = list[i];
            DateToken b = list[i + 1];
            if (!a.IsWord || !b.IsWord || !b.SpaceBefore || b.Norm.Length > 5)
            {
                continue;
            }

            string joined = a.Norm + b.Norm;
            int month = MonthNames.LookupFull(joined);
            if (month == 0)
            {
                continue;
            }

            // "Januar y": "Januar" alone is a month too, but the fragment "y" is no word of its own.
            if (MonthNames.LookupFull(a.Norm) != 0 && MonthNames.Lookup(b.Norm) != 0)
            {
                continue;
            }

            list[i] = new DateToken { Kind = TokenKind.Word, Text = a.Text + b.Text, Norm = joined, SpaceBefore = a.SpaceBefore, Month = month };
            list.RemoveAt(i + 1);
        }
    }

    /// <summary>Two month abbreviations glued together: "SeptDec." → "Sept" "Dec".</summary>
    private static void SplitGluedMonths(List<DateToken> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            DateToken t = list[i];
            if (!t.IsWord || t.Text.Length < 6 || t.Text.Length > 20 || MonthNames.Lookup(t.Norm) != 0 || t.Norm.Length != t.Text.Length)
            {
                continue;
            }

            for (int k = 3; k <= t.Text.Length - 3; k++)
            {
                if (!char.IsUpper(t.Text[k]))
                {
                    continue;
                }

                int m1 = MonthNames.Lookup(t.Norm[..k]);
                int m2 = MonthNames.Lookup(t.Norm[k..]);
                if (m1 != 0 && m2 != 0)
                {
                    list[i] = new DateToken { Kind = TokenKind.Word, Text = t.Text[..k], Norm = t.Norm[..k], SpaceBefore = t.SpaceBefore, Month = m1 };
                    list.Insert(i + 1, new DateToken { Kind = TokenKind.Word, Text = t.Text[k..], Norm = t.Norm[k..], SpaceBefore = false, Month = m2 });
                    break;
                }
            }
        }
    }
}
