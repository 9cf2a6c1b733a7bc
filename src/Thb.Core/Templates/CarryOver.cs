using Thb.Cycles;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Intake.Returns;

namespace Thb.Templates;

/// <summary>
/// Which of a contributor's rows from an earlier cycle go into the new template, and how. A row is carried over when it
/// may still be running at the start of the new period: it is ongoing, it ends on or after that day, or its duration
/// gives no end to go by (recurring, unreadable or empty) — the delegation then deletes what has ended, rather than
/// retyping what has not.
/// </summary>
public static class CarryOver
{
    /// <summary>
    /// The first day of the new cycle's period: its PeriodStart; without one, the Brussels date the cycle was opened;
    /// for a cycle without either (not opened through the service), today's Brussels date.
    /// </summary>
    public static DateOnly Cutoff(Cycle cycle, TimeProvider clock) =>
        cycle.PeriodStart ?? BrusselsTime.DateAt(cycle.OpenedAt ?? clock.GetUtcNow());

    public static bool StillRunning(ReturnRow row, DateOnly cutoff)
    {
        var duration = row.Duration;
        if (duration.Ongoing) return true;
        if (duration.Kind is DurationKind.Recurring or DurationKind.Unparseable or DurationKind.Empty) return true;
        if (duration.End is { } e) return e.LastDay >= cutoff;
        // No end and not ongoing does not occur in normalised rows with dates; keep such a row rather than guess.
        return true;
    }

    public static IReadOnlyList<CarriedRow> Select(IEnumerable<ReturnRow> rows, DateOnly cutoff) =>
        rows.Where(r => StillRunning(r, cutoff)).Select(ToCarriedRow).ToList();

    /// <summary>The row's raw texts, plus helper values that reproduce its normalised duration and funding exactly.</summary>
    public static CarriedRow ToCarriedRow(ReturnRow row)
    {
        var (start, end, ongoing) = DurationHelpers(row.Duration);
        decimal? amount = row.Funding.Kind == FundingKind.Amount ? row.Funding.AmountEur : null;
        return new CarriedRow(
            row.CountryRegion.Raw, row.Form.Raw, row.Description.Raw, row.Partner.Raw, row.Duration.Raw, row.Funding.Raw,
            start, end, ongoing, amount) { Section = row.Section };
    }

    /// <summary>
    /// Start/End/Ongoing for a normalised duration, or nothing where the helpers would say something else: a helper
    /// date is a full date, so a duration known only to the month or year stays in the Duration text alone.
    /// </summary>
    internal static (DateOnly? Start, DateOnly? End, bool? Ongoing) DurationHelpers(Duration duration)
    {
        var (start, end) = (duration.Start, duration.End);
        static bool FullOrNone(PartialDate? d) => d is null || d.Value.Precision == DatePrecision.Day;
        static DateOnly? Day(PartialDate? d) => d?.FirstDay;

        switch (duration.Kind)
        {
            case DurationKind.Range or DurationKind.Single when (start is not null || end is not null) && FullOrNone(start) && FullOrNone(end):
                return (Day(start), Day(end), duration.Ongoing);
            case DurationKind.OpenEnded when start is { Precision: DatePrecision.Day }:
                return (Day(start), null, true);
            case DurationKind.OpenEnded:
                return (null, null, true);
            default:
                return (null, null, null);
        }
    }
}
