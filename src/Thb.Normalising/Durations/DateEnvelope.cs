namespace Thb.Normalising.Durations;

/// <summary>
/// The span of several dates: the earliest start and the latest end. When a broad date covers a more precise one
/// ("2009" and "September 2009") the precise one is kept; a part of a year ("2nd half of 2010") never refines a date
/// that covers it, since it says when within the year only vaguely.
/// </summary>
internal static class DateEnvelope
{
    public static (PartialDate Start, PartialDate End) Of(List<DateItem> items)
    {
        var dates = new List<(PartialDate Date, bool Vague)>(items.Count * 2);
        foreach (DateItem item in items)
        {
            dates.Add((item.Start, item.IsPeriod));
            if (item.IsPeriod)
            {
                dates.Add((item.End, true));
            }
        }

        return (Earliest(dates), Latest(dates));
    }

    private static PartialDate Earliest(List<(PartialDate Date, bool Vague)> dates)
    {
        PartialDate best = dates[0].Date;
        foreach (var (d, vague) in dates)
        {
            if (d.FirstDay < best.FirstDay || (!vague && d.FirstDay == best.FirstDay && Refines(d, best)))
            {
                best = d;
            }
        }

        PartialDate? refined = null;
        foreach (var (d, vague) in dates)
        {
            if (!vague && Refines(d, best) && (refined is null || d.FirstDay < refined.Value.FirstDay))
            {
                refined = d;
            }
        }

        return refined ?? best;
    }

    private static PartialDate Latest(List<(PartialDate Date, bool Vague)> dates)
    {
        PartialDate best = dates[0].Date;
        foreach (var (d, vague) in dates)
        {
            if (d.LastDay > best.LastDay || (!vague && d.LastDay == best.LastDay && Refines(d, best)))
            {
                best = d;
            }
        }

        PartialDate? refined = null;
        foreach (var (d, vague) in dates)
        {
            if (!vague && Refines(d, best) && (refined is null || d.LastDay > refined.Value.LastDay))
            {
                refined = d;
            }
        }

        return refined ?? best;
    }

    /// <summary>A more precise date inside a broad one ("2009-09" inside "2009").</summary>
    private static bool Refines(PartialDate precise, PartialDate broad) => precise.Precision > broad.Precision && broad.Covers(precise);
}
