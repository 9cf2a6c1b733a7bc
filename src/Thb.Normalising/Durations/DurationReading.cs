namespace Thb.Normalising.Durations;

/// <summary>
/// From the dates of a cell to a <see cref="Duration"/> (see <see cref="DurationNormaliser"/> for the rules): empty,
/// no dates, an agreement, an open start, one date, or the envelope of several.
/// </summary>
internal static class DurationReading
{
    public static ReadResult<Duration> Interpret(string raw)
    {
        List<DateToken> tokens = DateTokens.Tokenize(raw);
        if (!tokens.Exists(x => x.Kind != TokenKind.Symbol))
        {
            return Read(new Duration(raw, DurationKind.Empty, null, null, false));
        }

        var parser = new DateParser(tokens);
        List<DateItem> items = parser.Parse();
        if (parser.HasUnreadNumericChain())
        {
            return Unreadable(raw, "numbers are joined like a date, but no date can be read in them (\"29.91.10\")");
        }

        bool ongoing = DurationWords.AnyOngoing(tokens, 0, tokens.Count);
        if (items.Count == 0)
        {
            return WithoutDates(raw, tokens, ongoing, "no date, \"ongoing\" or \"regularly\" can be read in it");
        }

        DateRoles.Assign(tokens, items);
        items.RemoveAll(x => x.Role == ItemRole.Update);
        if (items.Count == 0)
        {
            return WithoutDates(raw, [], ongoing, "its only dates are dates of an update");
        }

        return Read(Agreement(raw, items, ongoing) ?? OpenStart(raw, parser, items, ongoing) ?? Dated(raw, items, ongoing));
    }

    private static ReadResult<Duration> Read(Duration d) => ReadResult<Duration>.Success(d);

    private static ReadResult<Duration> Unreadable(string raw, string why) =>
        ReadResult<Duration>.Failed(new Duration(raw, DurationKind.Unparseable, null, null, false), ReadFailure.NotUnderstood(why));

    /// <summary>No dates: "ongoing" words give open-ended, "regularly" words recurring, anything else cannot be read.</summary>
    private static ReadResult<Duration> WithoutDates(string raw, List<DateToken> tokens, bool ongoing, string why)
    {
        if (ongoing)
        {
            return Read(new Duration(raw, DurationKind.OpenEnded, null, null, true));
        }

        return DurationWords.AnyRecurring(tokens)
            ? Read(new Duration(raw, DurationKind.Recurring, null, null, false))
            : Unreadable(raw, why);
    }

    /// <summary>"entered into force on …": running from its signature (or entry into force); a signature alone is one date.</summary>
    private static Duration? Agreement(string raw, List<DateItem> items, bool ongoing)
    {
        DateItem? signed = items.Find(x => x.Role == ItemRole.Signed);
        DateItem? force = items.Find(x => x.Role == ItemRole.Force);
        if (force is not null)
        {
            return new Duration(raw, DurationKind.OpenEnded, (signed ?? force).Start, null, true);
        }

        if (signed is null || items.Count != 1)
        {
            return null;
        }

        PartialDate d = signed.Start;
        return ongoing ? new Duration(raw, DurationKind.OpenEnded, d, null, true) : new Duration(raw, DurationKind.Single, d, d, false);
    }

    /// <summary>A first date alone, opened by "from"/"since"/"seit"/"à partir de" or followed by "ongoing" or a dangling
    /// dash: open-ended, with an end only from a later "until" date.</summary>
    private static Duration? OpenStart(string raw, DateParser parser, List<DateItem> items, bool ongoing)
    {
        int firstGroupEnd = 1;
        while (firstGroupEnd < items.Count && parser.Gap(items[firstGroupEnd - 1].To, items[firstGroupEnd].From) == GapKind.Range)
        {
            firstGroupEnd++;
        }

        DateItem first = items[0];
        if (firstGroupEnd != 1 || first.Role == ItemRole.Until || (first.Role != ItemRole.OpenStart && !DateRoles.OpenAfter(parser, items, 0)))
        {
            return null;
        }

        PartialDate start = first.Start;
        DateItem? until = items.Find(x => x.Role == ItemRole.Until && x.Start.FirstDay > start.LastDay);
        return until is null
            ? new Duration(raw, DurationKind.OpenEnded, start, null, true)
            : new Duration(raw, DurationKind.Range, start, until.End, ongoing);
    }

    /// <summary>One date (or period), an end alone ("until …"), or the envelope of several dates.</summary>
    private static Duration Dated(string raw, List<DateItem> items, bool ongoing)
    {
        if (items.Count == 1 && items[0].Role == ItemRole.Until)
        {
            return new Duration(raw, DurationKind.Range, null, items[0].End, ongoing);
        }

        var (from, to) = items.Count == 1 ? (items[0].Start, items[0].End) : DateEnvelope.Of(items);
        if (ongoing)
        {
            return from == to || items.Count == 1
                ? new Duration(raw, DurationKind.OpenEnded, from, null, true)
                : new Duration(raw, DurationKind.Range, from, to, true);
        }

        return from == to ? new Duration(raw, DurationKind.Single, from, to, false) : new Duration(raw, DurationKind.Range, from, to, false);
    }
}
