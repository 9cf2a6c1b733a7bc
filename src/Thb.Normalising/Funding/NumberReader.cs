using System.Globalization;

namespace Thb.Normalising.Funding;

/// <summary>
/// Reads the numbers of a funding cell: digits with their group separators ("1.300" is 1300, never 1.3; "341 972.40",
/// "1'500'000", "12,500.00", "53.368,01", "164.000,-"), PDF artefacts ("1.599.24 0", "2.000 .000", "29 226, 4") and the
/// multiplier after them ("3 million", "1,5 Mio.", "250k", "1 bn", "MSEK", "50 T€"). Whether a number is money is
/// decided by <see cref="MoneyScanner"/>.
/// </summary>
internal sealed class NumberReader(List<TextToken> tokens)
{
    private readonly List<TextToken> t = tokens;

    private TextToken? At(int i) => i >= 0 && i < t.Count ? t[i] : null;

    /// <summary>The number starting at token i, or null when its digits make no number ("18.05.01", "30.04.2011": then
    /// <paramref name="resume"/> is after all of them).</summary>
    public NumberReading? Read(int i, out int resume)
    {
        List<NumberStep> steps = Steps(i);
        if (!LongestReading(i, steps, out int used, out decimal value))
        {
            resume = AfterTightDigits(i, steps);
            return null;
        }

        int numEnd = used == 0 ? i : steps[used - 1].Tok;
        int p = AfterNoCents(numEnd + 1);
        int last = p - 1;
        decimal multiplier = 1;
        string? currency = null;
        if (ReadMultiplier(p, out decimal m, out int afterMultiplier, out string? glued))
        {
            multiplier = m;
            currency = glued;
            last = afterMultiplier - 1;
        }

        resume = last + 1;
        return new NumberReading(value, multiplier, used > 0, i, numEnd, last) { Currency = currency };
    }

    /// <summary>Whether a multiplier stands at token p: a word, an abbreviation (with its full stop), a letter, a code
    /// with a multiplier glued to it; <paramref name="after"/> is the token after it.</summary>
    public bool ReadMultiplier(int p, out decimal multiplier, out int after, out string? currency)
    {
        multiplier = 1;
        after = p;
        currency = null;
        if (At(p) is not { IsWord: true } w)
        {
            return false;
        }

        if (Currencies.TryPrefixed(w, out decimal prefixed, out string code))
        {
            (multiplier, after, currency) = (prefixed, p + 1, code);
            return true;
        }

        decimal m = Multipliers.OfWord(w.Lower);
        if (m == 0 && (!w.SpaceBefore || StandsAlone(p)))
        {
            m = Multipliers.OfLetter(w.Lower); // "250k", "EUR 3.5 k"; "k"/"m" glued inside a word ("5km") are none
        }

        if (m == 0 && At(p + 1) is { } next && !next.SpaceBefore && Currencies.Of(next) is not null)
        {
            m = Multipliers.OfCurrencyLetter(w.Lower); // "50 T€"
        }

        if (m == 0)
        {
            return false;
        }

        multiplier = m;
        after = p + 1;
        if (At(after) is { } dot && dot.Is('.') && !dot.SpaceBefore && Multipliers.IsAbbreviation(w.Lower))
        {
            after++;
        }

        return true;
    }

    /// <summary>The separators and digit groups after the first digits (at most twelve).</summary>
    private List<NumberStep> Steps(int i)
    {
        var steps = new List<NumberStep>();
        int j = i + 1;
        while (steps.Count < 12)
        {
            TextToken? a = At(j);
            TextToken? b = At(j + 1);
            if (a is not null && a.Symbol is '.' or ',' or '\'' && b is { IsNumber: true })
            {
                // "67, 7 500 EUR": a comma or point followed by a space and a number with its own groups is list punctuation
                if (b.SpaceBefore && At(j + 2) is { IsNumber: true, SpaceBefore: true })
                {
                    break;
                }

                steps.Add(new NumberStep(a.Symbol, b.Text, !a.SpaceBefore && !b.SpaceBefore, j + 1));
                j += 2;
            }
            else if (a is { IsNumber: true } && a.SpaceBefore)
            {
                steps.Add(new NumberStep(' ', a.Text, false, j));
                j += 1;
            }
            else
            {
                break;
            }
        }

        return steps;
    }

    /// <summary>The longest valid reading; a reading may stop only where white space separates ("2010 280 000" → no).</summary>
    private bool LongestReading(int i, List<NumberStep> steps, out int used, out decimal value)
    {
        value = 0;
        for (used = steps.Count; used >= 0; used--)
        {
            if (used < steps.Count && steps[used].Tight && steps[used].Sep != ' ')
            {
                continue;
            }

            if (NumberGrammar.TryInterpret(t[i].Text, steps, used, Multiplied(used == 0 ? i + 1 : steps[used - 1].Tok + 1), out value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>After digits glued by separators that make no number: the token after the last of them.</summary>
    private static int AfterTightDigits(int i, List<NumberStep> steps)
    {
        int end = i + 1;
        foreach (NumberStep step in steps)
        {
            if (step.Sep == ' ' || !step.Tight)
            {
                break;
            }

            end = step.Tok + 1;
        }

        return end;
    }

    /// <summary>After ",-", ".-", ",--" (no cents) at token p, or p.</summary>
    private int AfterNoCents(int p)
    {
        if (At(p) is not { } comma || !(comma.Is(',') || comma.Is('.')) || comma.SpaceBefore
            || At(p + 1) is not { } dash || !dash.Is('-') || dash.SpaceBefore || (At(p + 2) is { IsNumber: true } && !t[p + 2].SpaceBefore))
        {
            return p;
        }

        p += 2;
        while (At(p) is { } more && more.Is('-') && !more.SpaceBefore)
        {
            p++;
        }

        return p;
    }

    /// <summary>Whether a multiplier follows (then a decimal comma/point is read as decimal: "1,5 million").</summary>
    private bool Multiplied(int p)
    {
        if (At(p) is { } comma && (comma.Is(',') || comma.Is('.')) && At(p + 1) is { } dash && dash.Is('-'))
        {
            return false;
        }

        return ReadMultiplier(p, out _, out _, out _);
    }

    /// <summary>A spaced "k"/"m" is a multiplier only before a currency, punctuation or the end ("EUR 3.5 k").</summary>
    private bool StandsAlone(int p) => At(p + 1) is not { } next || next.Kind == TokenKind.Symbol || Currencies.Of(next) is not null;
}
