using System.Globalization;
using Thb.Normalising.Durations;

namespace Thb.Publication.Priorities;

/// <summary>The years a set of actions covers, from the earliest start to the latest end written (or start, when no end is).</summary>
public readonly record struct YearSpan(int First, int Last)
{
    public static YearSpan? Of(IEnumerable<Duration> durations)
    {
        int? first = null, last = null;
        foreach (var d in durations)
        {
            if ((d.Start ?? d.End) is not { } from) continue;
            var to = d.End ?? d.Start!.Value;
            first = Math.Min(first ?? from.Year, from.Year);
            last = Math.Max(last ?? to.Year, Math.Max(to.Year, from.Year));
        }
        return first is { } f && last is { } l ? new YearSpan(f, l) : null;
    }

    public override string ToString() => First == Last
        ? First.ToString(CultureInfo.InvariantCulture)
        : $"{First.ToString(CultureInfo.InvariantCulture)}–{Last.ToString(CultureInfo.InvariantCulture)}";
}
