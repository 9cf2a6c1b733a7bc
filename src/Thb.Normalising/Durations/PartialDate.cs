using System.Globalization;

namespace Thb.Normalising.Durations;

/// <summary>
/// A date at the precision it was written: a year ("2010"), a year and month ("2010-03") or a full date
/// ("2010-03-01"). It never invents a month or a day. Ordering is that of the ISO text: a less precise date sorts
/// before the more precise dates it covers ("2010" &lt; "2010-01" &lt; "2010-01-01" &lt; "2010-02").
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>Calendar year, 1 to 9999.</summary>
    public int Year { get; init; } = Year is >= 1 and <= 9999
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, "Year must be between 1 and 9999.");

    /// <summary>Month 1 to 12, or null when only the year was written.</summary>
    public int? Month { get; init; } = Month is null or (>= 1 and <= 12)
        ? Month
        : throw new ArgumentOutOfRangeException(nameof(Month), Month, "Month must be between 1 and 12.");

    /// <summary>Day of the month, or null when no day was written. Requires a month.</summary>
    public int? Day { get; init; } = CheckDay(Year, Month, Day);

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The earliest calendar day the date covers.</summary>
    public DateOnly FirstDay => new(SafeYear, Month ?? 1, Day ?? 1);

    /// <summary>The latest calendar day the date covers.</summary>
    public DateOnly LastDay
    {
        get
        {
            int month = Month ?? 12;
            return new DateOnly(SafeYear, month, Day ?? DateTime.DaysInMonth(SafeYear, month));
        }
    }

    private int SafeYear => Year is >= 1 and <= 9999 ? Year : 1; // default(PartialDate) has Year 0

    /// <summary>"2010", "2010-03" or "2010-03-01".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month.GetValueOrDefault():D2}-{Day.GetValueOrDefault():D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month.GetValueOrDefault():D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>A full-precision date.</summary>
    public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>Whether this date's span includes all of <paramref name="other"/>'s span (e.g. 2010 covers 2010-03).</summary>
    public bool Covers(PartialDate other) => FirstDay <= other.FirstDay && other.LastDay <= LastDay;

    /// <summary>Parses exactly "yyyy", "yyyy-MM" or "yyyy-MM-dd" (surrounding white space allowed).</summary>
    public static bool TryParseIso(string s, out PartialDate date)
    {
        date = default;
        if (s is null)
        {
            return false;
        }

        ReadOnlySpan<char> t = s.AsSpan().Trim();
        if (t.Length is not (4 or 7 or 10))
        {
            return false;
        }

        if (!TryDigits(t[..4], out int year) || year < 1)
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (t.Length >= 7)
        {
            if (t[4] != '-' || !TryDigits(t.Slice(5, 2), out int m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (t.Length == 10)
        {
            if (t[7] != '-' || !TryDigits(t.Slice(8, 2), out int d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(Month, other.Month); // null (less precise) first
        return c != 0 ? c : Nullable.Compare(Day, other.Day);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static int? CheckDay(int year, int? month, int? day)
    {
        if (day is null)
        {
            return null;
        }

        if (month is null)
        {
            throw new ArgumentException("A day needs a month.", nameof(Day));
        }

        int safeYear = year is >= 1 and <= 9999 ? year : 2000;
        int safeMonth = month is >= 1 and <= 12 ? month.Value : 1;
        if (day < 1 || day > DateTime.DaysInMonth(safeYear, safeMonth))
        {
            throw new ArgumentOutOfRangeException(nameof(Day), day, "Day does not exist in that month.");
        }

        return day;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
