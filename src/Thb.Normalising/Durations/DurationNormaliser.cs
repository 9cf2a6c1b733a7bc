namespace Thb.Normalising.Durations;

/// <summary>
/// Reads the "Duration (start/end date)" column. Rules, in order:
/// <list type="number">
/// <item>Nothing (or only dashes) is <see cref="DurationKind.Empty"/>.</item>
/// <item>Every date is found: word dates in English, French and German (typos, split and glued words, ordinals),
/// numeric dates day first (month first only when day first is impossible; two-digit years below 50 are 20xx),
/// ISO dates, compact year-months ("201012"), years; seasons and "end of" never add a month or a day. Dates that
/// lack a year ("14" in "14-19 October 2010", "05.12" in "05.12-07.12.2010") borrow it from the next date.</item>
/// <item>Dates after "updated (on)" or before "updated" are not part of the duration.</item>
/// <item>"entered into force on" makes an agreement running: start at its signature, no end, ongoing.
/// A signature alone is a single date.</item>
/// <item>When the first date is alone and opened by "from", "since", "start(ed)", "seit", "depuis"… or followed by
/// "ongoing", "current", "on going" or a dangling dash, the duration is open-ended (an end is taken only from a later
/// "until" date).</item>
/// <item>Otherwise the duration spans all dates (several ranges give their envelope); when a broad date covers a
/// more precise one ("2009" and "September 2009") the precise one is kept.</item>
/// <item>Without dates: "ongoing" words give open-ended, "regularly"/"annually" words give recurring, anything
/// else is unparseable. Numbers glued into something that is no date ("29.91.10") make the cell unparseable:
/// nothing is guessed.</item>
/// </list>
/// </summary>
public static class DurationNormaliser
{
    /// <summary>Reads one cell. Never throws: a fault of ours is a failure of kind
    /// <see cref="ReadFailureKind.InternalError"/>; <paramref name="raw"/> is kept exactly (null becomes "").</summary>
    public static ReadResult<Duration> Read(string? raw) => ReadResult<Duration>.Guard(raw ?? "", ReadText, Unreadable);

    /// <summary>The reading of one cell (see <see cref="Read"/>); throws <see cref="NormalisingFaultException"/> only on a fault of ours.</summary>
    public static Duration Normalise(string? raw) => Read(raw).GetValueOrThrow();

    /// <summary>
    /// Uses a template's structured Start / End / Ongoing helper cells when any is filled; the raw text is kept, and
    /// read only when the cells leave the kind open. With no cell filled this is <see cref="Read"/>.
    /// </summary>
    public static ReadResult<Duration> ReadCells(string raw, PartialDate? start, PartialDate? end, bool? ongoing) =>
        ReadResult<Duration>.Guard(raw ?? "", text => FromCellsOrText(text, start, end, ongoing), Unreadable);

    /// <summary>The reading of <see cref="ReadCells"/>; throws <see cref="NormalisingFaultException"/> only on a fault of ours.</summary>
    public static Duration FromCells(string raw, PartialDate? start, PartialDate? end, bool? ongoing) =>
        ReadCells(raw, start, end, ongoing).GetValueOrThrow();

    private static Duration Unreadable(string raw) => new(raw, DurationKind.Unparseable, null, null, false);

    private static ReadResult<Duration> FromCellsOrText(string raw, PartialDate? start, PartialDate? end, bool? ongoing)
    {
        if (start is null && end is null)
        {
            var read = ReadText(raw);
            if (ongoing is null)
            {
                return read;
            }

            Duration parsed = read.Value;
            return ReadResult<Duration>.Success(ongoing switch
            {
                true when parsed.End is null => parsed with { Kind = DurationKind.OpenEnded, Ongoing = true },
                true => parsed with { Ongoing = true },
                false when parsed.Kind == DurationKind.OpenEnded && parsed.Start is null => parsed with { Kind = DurationKind.Unparseable, Ongoing = false },
                false when parsed.Kind == DurationKind.OpenEnded => parsed with { Kind = DurationKind.Single, End = parsed.Start, Ongoing = false },
                _ => parsed with { Ongoing = false },
            });
        }

        if (start is not null && end is not null)
        {
            if (end.Value.LastDay < start.Value.FirstDay)
            {
                (start, end) = (end, start);
            }

            DurationKind kind = start == end ? DurationKind.Single : DurationKind.Range;
            return ReadResult<Duration>.Success(new Duration(raw, kind, start, end, ongoing ?? false));
        }

        if (end is not null)
        {
            return ReadResult<Duration>.Success(new Duration(raw, DurationKind.Range, null, end, ongoing ?? false));
        }

        bool running = ongoing ?? ReadText(raw).Value is { Kind: DurationKind.OpenEnded } p && p.Start == start;
        return ReadResult<Duration>.Success(running
            ? new Duration(raw, DurationKind.OpenEnded, start, null, true)
            : new Duration(raw, DurationKind.Single, start, start, false));
    }

    private static ReadResult<Duration> ReadText(string raw)
    {
        Duration d = Interpret(raw);
        return d.Kind == DurationKind.Unparseable
            ? ReadResult<Duration>.Failed(d, ReadFailure.NotUnderstood("no date, \"ongoing\" or \"regularly\" could be read in it"))
            : ReadResult<Duration>.Success(d);
    }

    private static Duration Interpret(string raw)
    {
        List<DateToken> tokens = DateTokens.Tokenize(raw);
        if (!tokens.Exists(x => x.Kind != TokenKind.Symbol))
        {
            return new Duration(raw, DurationKind.Empty, null, null, false);
        }

        var parser = new DateParser(tokens);
        List<DateItem> items = parser.Parse();
        if (parser.HasUnreadNumericChain())
        {
            return new Duration(raw, DurationKind.Unparseable, null, null, false);
        }

        bool anyOngoing = DurationWords.AnyOngoing(tokens, 0, tokens.Count);
        if (items.Count == 0)
        {
            if (anyOngoing)
            {
                return new Duration(raw, DurationKind.OpenEnded, null, null, true);
            }

            return DurationWords.AnyRecurring(tokens)
                ? new Duration(raw, DurationKind.Recurring, null, null, false)
                : new Duration(raw, DurationKind.Unparseable, null, null, false);
        }

        AssignRoles(tokens, items);
        items.RemoveAll(x => x.Role == ItemRole.Update);
        if (items.Count == 0)
        {
            return new Duration(raw, anyOngoing ? DurationKind.OpenEnded : DurationKind.Unparseable, null, null, anyOngoing);
        }

        // Agreements: signed, then in force.
        DateItem? signed = items.Find(x => x.Role == ItemRole.Signed);
        DateItem? force = items.Find(x => x.Role == ItemRole.Force);
        if (force is not null)
        {
            return new Duration(raw, DurationKind.OpenEnded, (signed ?? force).ToDate(), null, true);
        }

        if (signed is not null && items.Count == 1)
        {
            PartialDate d = signed.ToDate();
            return anyOngoing
                ? new Duration(raw, DurationKind.OpenEnded, d, null, true)
                : new Duration(raw, DurationKind.Single, d, d, false);
        }

        // The first group: dates joined by range connectors.
        int firstGroupEnd = 1;
        while (firstGroupEnd < items.Count && parser.Gap(items[firstGroupEnd - 1].To, items[firstGroupEnd].From) == GapKind.Range)
        {
            firstGroupEnd++;
        }

        DateItem first = items[0];
        if (firstGroupEnd == 1 && first.Role != ItemRole.Until && (first.Role == ItemRole.OpenStart || OpenAfter(parser, items, 0)))
        {
            PartialDate start = first.ToDate();
            DateItem? until = items.Find(x => x.Role == ItemRole.Until && x.ToDate().FirstDay > start.LastDay);
            return until is null
                ? new Duration(raw, DurationKind.OpenEnded, start, null, true)
                : new Duration(raw, DurationKind.Range, start, until.ToDate(), anyOngoing);
        }

        if (items.Count == 1)
        {
            PartialDate d = first.ToDate();
            if (first.Role == ItemRole.Until)
            {
                return new Duration(raw, DurationKind.Range, null, d, anyOngoing);
            }

            return anyOngoing
                ? new Duration(raw, DurationKind.OpenEnded, d, null, true)
                : new Duration(raw, DurationKind.Single, d, d, false);
        }

        var dates = items.ConvertAll(x => x.ToDate());
        PartialDate from = EnvelopeStart(dates);
        PartialDate to = EnvelopeEnd(dates);
        if (from == to)
        {
            return anyOngoing
                ? new Duration(raw, DurationKind.OpenEnded, from, null, true)
                : new Duration(raw, DurationKind.Single, from, to, false);
        }

        return new Duration(raw, DurationKind.Range, from, to, anyOngoing);
    }

    /// <summary>After the date: "ongoing"/"current", or a dash that leads to no date ("November 2009 -").</summary>
    private static bool OpenAfter(DateParser parser, List<DateItem> items, int index)
    {
        IReadOnlyList<DateToken> t = parser.Tokens;
        int from = items[index].To;
        int to = index + 1 < items.Count ? items[index + 1].From : t.Count;
        if (DurationWords.AnyOngoing(t, from, to))
        {
            return true;
        }

        for (int k = from; k < to; k++)
        {
            DateToken x = t[k];
            if (x.IsPunct('.') || x.IsPunct(',') || x.IsPunct(')'))
            {
                continue;
            }

            bool connector = x.IsPunct('-') || (x.IsWord && x.Norm is "to" or "till" or "until" or "bis" or "au");
            if (!connector)
            {
                return false;
            }

            // a connector that is not followed by a date of this group
            return index + 1 >= items.Count || parser.Gap(from, to) != GapKind.Range;
        }

        return false;
    }

    /// <summary>Marks each date by the words just before it (within four tokens, not crossing the previous date)
    /// and an "updated" just after it.</summary>
    private static void AssignRoles(List<DateToken> t, List<DateItem> items)
    {
        for (int n = 0; n < items.Count; n++)
        {
            DateItem item = items[n];
            int lower = Math.Max(n > 0 ? items[n - 1].To : 0, item.From - 4);
            ItemRole role = ItemRole.None;
            for (int k = item.From - 1; k >= lower; k--)
            {
                if (!t[k].IsWord)
                {
                    continue;
                }

                string w = t[k].Norm;
                bool modifier = k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].Norm is "of" or "de"; // "end of June": late June
                string before = k > 0 && t[k - 1].IsWord ? t[k - 1].Norm : "";
                bool inForce = DurationWords.Force.Contains(w) && before is "into" or "in" or "en";
                ItemRole r = DurationWords.Update.Contains(w) ? ItemRole.Update
                    : inForce ? ItemRole.Force
                    : DurationWords.Force.Contains(w) ? ItemRole.None
                    : DurationWords.Signed.Contains(w) ? ItemRole.Signed
                    : DurationWords.OpenStart.Contains(w) ? ItemRole.OpenStart
                    : DurationWords.Until.Contains(w) && !modifier ? ItemRole.Until
                    : ItemRole.None;
                if (r > role)
                {
                    role = r;
                }
            }

            if (role != ItemRole.OpenStart)
            {
                int upper = Math.Min(n + 1 < items.Count ? items[n + 1].From : t.Count, item.To + 3);
                for (int k = item.To; k < upper; k++)
                {
                    if (t[k].IsWord && DurationWords.Update.Contains(t[k].Norm))
                    {
                        role = ItemRole.Update;
                    }
                }
            }

            item.Role = role;
        }
    }

    /// <summary>The earliest date; a more precise date inside it ("2009-09" inside "2009") is preferred.</summary>
    private static PartialDate EnvelopeStart(List<PartialDate> dates)
    {
        PartialDate best = dates[0];
        foreach (PartialDate d in dates)
        {
            if (d.FirstDay < best.FirstDay || (d.FirstDay == best.FirstDay && d.Precision > best.Precision && best.Covers(d)))
            {
                best = d;
            }
        }

        PartialDate? refined = null;
        foreach (PartialDate d in dates)
        {
            if (d.Precision > best.Precision && best.Covers(d) && (refined is null || d.FirstDay < refined.Value.FirstDay))
            {
                refined = d;
            }
        }

        return refined ?? best;
    }

    /// <summary>The latest date; a more precise date inside it ("2011-04" inside "2011") is preferred.</summary>
    private static PartialDate EnvelopeEnd(List<PartialDate> dates)
    {
        PartialDate best = dates[0];
        foreach (PartialDate d in dates)
        {
            if (d.LastDay > best.LastDay || (d.LastDay == best.LastDay && d.Precision > best.Precision && best.Covers(d)))
            {
                best = d;
            }
        }

        PartialDate? refined = null;
        foreach (PartialDate d in dates)
        {
            if (d.Precision > best.Precision && best.Covers(d) && (refined is null || d.LastDay > refined.Value.LastDay))
            {
                refined = d;
            }
        }

        return refined ?? best;
    }
}
