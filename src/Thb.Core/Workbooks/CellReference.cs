namespace Thb.Workbooks;

/// <summary>A cell's position, 1-based, with its A1 spelling.</summary>
public readonly record struct CellReference(int Row, int Column)
{
    public override string ToString() => ColumnName(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column));
        Span<char> buffer = stackalloc char[8];
        var at = buffer.Length;
        while (column > 0)
        {
            column--;
            buffer[--at] = (char)('A' + column % 26);
            column /= 26;
        }
        return new string(buffer[at..]);
    }

    /// <summary>Parses "B12" (and "$B$12"); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellReference reference)
    {
        reference = default;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        var column = 0;
        var letters = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
            if (++letters > 3) return false;
        }
        if (letters == 0) return false;
        if (i < text.Length && text[i] == '$') i++;
        var row = 0;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            row = row * 10 + (text[i] - '0');
            i++;
            if (++digits > 7) return false;
        }
        if (digits == 0 || i != text.Length || row < 1) return false;
        reference = new CellReference(row, column);
        return true;
    }

    /// <summary>Parses a column-only reference such as "C" (used when a cell omits its r attribute).</summary>
    public static int ColumnNumber(string letters)
    {
        var column = 0;
        foreach (var c in letters) column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return column;
    }
}

