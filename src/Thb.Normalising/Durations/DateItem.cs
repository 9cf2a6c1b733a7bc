namespace Thb.Normalising.Durations;

/// <summary>
/// A date found in the text, possibly incomplete ("14" in "14-19 October 2010") until completed from its right-hand
/// neighbour; or a period of whole months ("Q3 2012": July to September). <see cref="From"/>..<see cref="To"/> are token
/// indices (end exclusive).
/// </summary>
internal sealed class DateItem
{
    public int? Y { get; set; }

    public int? M { get; set; }

    public int? D { get; set; }

    /// <summary>A period's last month (null for a date).</summary>
    public int? EndM { get; set; }

    /// <summary>A period's last year when it is not <see cref="Y"/> (a winter: December to February).</summary>
    public int? EndY { get; set; }

    public int From { get; set; }

    public int To { get; set; }

    public ItemRole Role { get; set; }

    public bool IsPeriod => EndM is not null;

    /// <summary>The date, or a period's first month.</summary>
    public PartialDate Start => new(Y!.Value, M, D);

    /// <summary>The date, or a period's last month.</summary>
    public PartialDate End => IsPeriod ? new PartialDate(EndY ?? Y!.Value, EndM) : Start;

    public static DateItem Date(int from, int to, int? y, int? m = null, int? d = null) => new() { Y = y, M = m, D = d, From = from, To = to };

    public static DateItem Period(int from, int to, int? y, int firstMonth, int lastMonth, int? lastYear = null) =>
        new() { Y = y, M = firstMonth, EndM = lastMonth, EndY = lastYear, From = from, To = to };
}
