using System.Globalization;
using System.Text;

namespace Thb.Normalising.Durations;

internal enum TokKind
{
    Num,
    Word,
    Punct,
}

/// <summary>One token of a duration cell: a run of digits, a run of letters, or one other character.</summary>
internal sealed class Tok
{
    public TokKind Kind { get; init; }

    /// <summary>The text as written (dashes of every kind already folded to '-').</summary>
    public string Text { get; init; } = "";

    /// <summary>Lower case, diacritics removed (words only).</summary>
    public string Norm { get; set; } = "";

    /// <summary>Value of a digit run (-1 when longer than 9 digits).</summary>
    public int Value { get; init; }

    /// <summary>Number of digits of a digit run.</summary>
    public int Len => Text.Length;

    /// <summary>White space precedes the token.</summary>
    public bool SpaceBefore { get; init; }

    /// <summary>1-12 when the word names a month (English, French, German, abbreviated, split or misspelt).</summary>
    public int Month { get; set; }

    public bool IsNum => Kind == TokKind.Num;

    public bool IsWord => Kind == TokKind.Word;

    public bool IsPunct(char c) => Kind == TokKind.Punct && Text[0] == c;

    public override string ToString() => Text;
}

internal static class DateTokens
{
    /// <summary>Splits text into tokens; folds dashes and exotic spaces; recognises month names.</summary>
    public static List<Tok> Tokenize(string s)
    {
        var list = new List<Tok>(Math.Min(s.Length, 4096) / 2);
        bool space = false;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            if (c is >= '0' and <= '9')
            {
                while (i < s.Length && s[i] is >= '0' and <= '9')
                {
                    i++;
                }

                string digits = s[start..i];
                int value = digits.Length <= 9 ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : -1;
                list.Add(new Tok { Kind = TokKind.Num, Text = digits, Value = value, SpaceBefore = space });
            }
            else if (char.IsLetter(c))
            {
                while (i < s.Length && (char.IsLetter(s[i]) || char.GetUnicodeCategory(s[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                string word = s[start..i];
                list.Add(new Tok { Kind = TokKind.Word, Text = word, Norm = Fold(word), SpaceBefore = space });
            }
            else
            {
                i++;
                list.Add(new Tok { Kind = TokKind.Punct, Text = FoldPunct(c).ToString(), SpaceBefore = space });
            }

            space = false;
        }

        MergeSplitMonths(list);
        SplitGluedMonths(list);
        foreach (Tok t in list)
        {
            if (t.IsWord && t.Month == 0)
            {
                t.Month = MonthNames.Lookup(t.Norm);
            }
        }

        return list;
    }

    /// <summary>Lower case without diacritics ("Jänner" → "janner", "décembre" → "decembre").</summary>
    public static string Fold(string word) => TextFolding.FoldLower(word);

    private static char FoldPunct(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u2019' or '\u2018' or '\u00B4' or '`' => '\'',
        '\u2026' => '.',
        _ => c,
    };

    /// <summary>PDF extraction splits words: "Novemb er", "Januar y", "Dece mber", "Febru ary".</summary>
    private static void MergeSplitMonths(List<Tok> list)
    {
        for (int i = 0; i + 1 < list.Count; i++)
        {
            Tok a = list[i];
            Tok b = list[i + 1];
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

            list[i] = new Tok { Kind = TokKind.Word, Text = a.Text + b.Text, Norm = joined, SpaceBefore = a.SpaceBefore, Month = month };
            list.RemoveAt(i + 1);
        }
    }

    /// <summary>Two month abbreviations glued together: "SeptDec." → "Sept" "Dec".</summary>
    private static void SplitGluedMonths(List<Tok> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            Tok t = list[i];
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
                    list[i] = new Tok { Kind = TokKind.Word, Text = t.Text[..k], Norm = t.Norm[..k], SpaceBefore = t.SpaceBefore, Month = m1 };
                    list.Insert(i + 1, new Tok { Kind = TokKind.Word, Text = t.Text[k..], Norm = t.Norm[k..], SpaceBefore = false, Month = m2 });
                    break;
                }
            }
        }
    }
}
