using System.Globalization;

namespace Thb.Normalising.Funding;

/// <summary>Digits and separators to a value: which separator groups thousands and which is the decimal mark.</summary>
internal static class NumberGrammar
{
    /// <summary>
    /// Reads the first digits and <paramref name="count"/> steps. A space groups thousands (groups of three); a PDF-split
    /// group after a point or comma is joined back ("1.599.24 0"); a last separator that differs from the others, or a
    /// lone point/comma followed by one or two digits (or by any digits before a multiplier), is the decimal mark; a lone
    /// point/comma followed by three digits groups thousands ("1.300", "840,000"); anything else is no number.
    /// </summary>
    public static bool TryInterpret(string firstDigits, List<NumberStep> steps, int count, bool multiplied, out decimal value)
    {
        value = 0;
        var (groups, seps) = Groups(firstDigits, steps, count);
        if (seps.Count == 0)
        {
            return groups[0].Length <= 18 && decimal.TryParse(groups[0], NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (!DecimalMark(groups, seps, multiplied, out int decimalAt))
        {
            return false;
        }

        int groupCount = decimalAt >= 0 ? seps.Count - 1 : seps.Count;
        if (groupCount > 0 && !ThousandsGroups(groups, seps, groupCount))
        {
            return false;
        }

        string integer = string.Concat(groups.Take(groupCount + 1));
        string fraction = decimalAt >= 0 ? groups[^1] : "";
        string text = fraction.Length > 0 ? integer + "." + fraction : integer;
        return integer.Length <= 18 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The digit groups and the separators between them, PDF-split groups joined back ("1.599.24 0", "490.0 00").</summary>
    private static (List<string> Groups, List<char> Seps) Groups(string firstDigits, List<NumberStep> steps, int count)
    {
        var groups = new List<string> { firstDigits };
        var seps = new List<char>();
        for (int k = 0; k < count; k++)
        {
            (char sep, string digits, _, _) = steps[k];
            string lastGroup = groups[^1];
            if (sep == ' ' && seps.Count > 0 && seps[^1] is '.' or ',' && lastGroup.Length < 3 && lastGroup.Length + digits.Length == 3)
            {
                groups[^1] = lastGroup + digits;
                continue;
            }

            groups.Add(digits);
            seps.Add(sep);
        }

        return (groups, seps);
    }

    /// <summary>Where the decimal mark is (-1: none); false when a lone point or comma is followed by neither one or two
    /// digits nor three.</summary>
    private static bool DecimalMark(List<string> groups, List<char> seps, bool multiplied, out int decimalAt)
    {
        decimalAt = -1;
        char last = seps[^1];
        string lastDigits = groups[^1];
        if (last is not ('.' or ','))
        {
            return true;
        }

        if (seps.Count == 1)
        {
            if (multiplied || lastDigits.Length is 1 or 2)
            {
                decimalAt = 0;
                return true;
            }

            return lastDigits.Length == 3;
        }

        bool othersDiffer = seps.Take(seps.Count - 1).All(s => s != last);
        if (othersDiffer && (lastDigits.Length is 1 or 2 || multiplied))
        {
            decimalAt = seps.Count - 1;
        }

        return true;
    }

    /// <summary>The first group of one to three digits, then groups of three, all with the same separator.</summary>
    private static bool ThousandsGroups(List<string> groups, List<char> seps, int groupCount)
    {
        if (groups[0].Length > 3)
        {
            return false;
        }

        char groupSep = seps[0];
        for (int k = 0; k < groupCount; k++)
        {
            if (seps[k] != groupSep || groups[k + 1].Length != 3)
            {
                return false;
            }
        }

        return true;
    }
}
