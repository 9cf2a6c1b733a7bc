namespace Thb.Normalising.Durations;

/// <summary>
/// Reads the "Duration (start/end date)" column. Rules, in order:
/// <list type="number">
/// <item>Nothing (or only dashes) is <see cref="DurationKind.Empty"/>.</item>
/// <item>Every date is found: word dates in English, French and German (typos, split and glued words, ordinals),
/// numeric dates day first (month first only when day first is impossible; two-digit years below 50 are 20xx),
/// ISO dates, compact year-months ("201012"), years (the rules: <see cref="DateGrammar"/>). "End of", "early", "mid"
/// never add a month or a day. Dates that lack a year ("14" in "14-19 October 2010", "05.12" in "05.12-07.12.2010")
/// borrow it from the next date.</item>
/// <item>A part of a year is a range of whole months, never a day: quarters ("Q3 2012", "3rd quarter of 2012",
/// "3. Quartal 2012", "troisième trimestre 2012": July to September), halves and semesters ("H2 2010",
/// "2. Halbjahr 2012", "1er semestre 2012"), meteorological seasons ("summer 2011", "Sommer 2011", "été 2011": June to
/// August; spring March to May, autumn September to November; a winter only with both years, "winter 2011/12":
/// December to February, since "winter 2011" is said of 2010/11 and of 2011/12). As a start it gives its first month
/// ("à partir du 2e semestre 2012" is from 2012-07), as an end its last ("until Q3 2012" is until 2012-09). Inside a
/// broader range it never refines it ("2007 - 2010 … finished in the 2nd half of 2010" stays 2007–2010).</item>
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
    public static ReadResult<Duration> Read(string? raw) => ReadResult<Duration>.Guard(raw ?? "", Remembered, Unreadable);

    /// <summary>The reading of each text seen before: returns repeat their periods row after row ("2011", "ongoing"),
    /// and one return repeats another's. A reading is immutable and depends on its text alone.</summary>
    private static readonly BoundedMemo<string, ReadResult<Duration>> Seen = new(4096);

    /// <summary>The remembered reading, holding this cell's own text as its raw (an equal text of another cell is not it).</summary>
    private static ReadResult<Duration> Remembered(string text)
    {
        var read = Seen.GetOrRead(text, ReadText);
        return ReferenceEquals(read.Value.Raw, text) || read.Value.Raw != text ? read : read.WithValue(read.Value with { Raw = text });
    }

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

    private static ReadResult<Duration> ReadText(string raw) => DurationReading.Interpret(raw);
}
