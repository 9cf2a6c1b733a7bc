namespace Thb.Normalising.Funding;

/// <summary>
/// A funding cell that is only a calculation ("-2+3", "+1+1", "=1+1", "2*3", "(55.000+40.000)"): digits and operators
/// and nothing else, with a formula sign in front or an operator other than a dash between two numbers. It is no amount
/// (what a spreadsheet would have computed is not what the cell says); "10.000 - 20.000" stays a range and words around
/// a sum ("Office budget (55.000+40.000)") are read as usual.
/// </summary>
internal static class Calculation
{
    public static bool Is(List<TextToken> tokens)
    {
        bool formula = tokens.Count > 1 && tokens[0].Is('=');
        bool operation = false;
        for (int k = 0; k < tokens.Count; k++)
        {
            TextToken x = tokens[k];
            if (x.IsNumber)
            {
                continue;
            }

            if (x.Kind != TokenKind.Symbol || x.Symbol is not ('+' or '-' or '*' or '×' or '÷' or '/' or '=' or '^' or '(' or ')' or '.' or ',' or '\''))
            {
                return false;
            }

            operation |= x.Symbol is '+' or '*' or '×' or '÷' or '^' or '=' && Operand(tokens, k, -1) && Operand(tokens, k, +1);
        }

        return (formula && tokens.Exists(x => x.IsNumber)) || operation;
    }

    /// <summary>Whether a number stands next to the operator at <paramref name="k"/> (parentheses and a sign between allowed).</summary>
    private static bool Operand(List<TextToken> tokens, int k, int direction)
    {
        for (int j = k + direction; j >= 0 && j < tokens.Count; j += direction)
        {
            TextToken x = tokens[j];
            if (x.IsNumber)
            {
                return true;
            }

            if (!(x.Is('(') || x.Is(')') || (direction > 0 && (x.Is('-') || x.Is('+')))))
            {
                return false;
            }
        }

        return false;
    }
}
