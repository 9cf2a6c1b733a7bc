namespace Thb.Normalising.Places;

/// <summary>
/// Normalises the first column of a return row ("Country/ region or organisation at international level") into the
/// places it names: countries (ISO 3166-1 alpha-2, Kosovo = "XK"), named regions and international organisations.
/// </summary>
/// <remarks>
/// Rules, in the order they apply:
/// <list type="number">
/// <item>Tokenise (see <see cref="PlaceTokenizer"/>): diacritics folded, hyphens/apostrophes/dots/line breaks are
/// plain separators, "&amp;" is "and", other punctuation is kept as tokens that names do not cross.</item>
/// <item>Glue PDF-split fragments: a capitalised unknown fragment of ≥ 3 letters followed, after spaces only or a
/// line-break hyphen, by one or two unknown fragments is joined when the result is a gazetteer word ("Zambi a",
/// "Kazak hstan", "Banglades h", "Moldo va", "Slove- nia"). Known words are never glued ("Niger ia" stays Niger,
/// "Guinea- Bissau" is two words of one name).</item>
/// <item>Typos: a capitalised word of ≥ 6 letters that is no known word (gazetteer, demonyms, English near misses
/// of country names) is corrected to the single closest word of a country alias with the same first letter at
/// Damerau-Levenshtein distance 1 (2 from 10 letters): "Afghanstan", "Uzbekistn". Ties between words of
/// different countries are not corrected.</item>
/// <item>Match the gazetteer longest-first over tokens, case-insensitively except acronyms ("US", "UK", "UN", "EU",
/// "SEE": as listed or all capitals) and common-word names ("Turkey", "Chad", "China", "Jordan": capitalised).
/// Longest-first makes "Bosnia and Herzegovina", "Guinea-Bissau", "Papua New Guinea", "South Africa" vs
/// "Southern Africa", "Dominican Republic", "EULEX Kosovo" resolve as one place.</item>
/// <item>Demonyms ("Swiss", "Polish", "Romanian") count only before a state-body noun within the phrase
/// ("Swiss government assistance" = CH; "Portuguese Speaking Countries" = nothing).</item>
/// <item>Missions: a country right after an EU mission acronym ("EULEX Kosovo", "EUPOL Afghanistan") or after
/// "OSCE/UN/EU/NATO ... Mission|Presence to|in" is part of the organisation's name, not a country of the row.</item>
/// <item>Sub-national notes: a parenthesis right after a country whose last word is State(s)/Province(s)/Region(s)/
/// District(s)/... lists parts of that country, so no country is taken from it:
/// "Nigeria (Benin and Lagos States)" = NG only. Other parentheses are read normally ("Kosovo (UNSCR 1244)",
/// "EU and Eastern neighbours (Moldova, Russia, Ukraine)").</item>
/// <item>Historical unions map to all successors: "Serbia and Montenegro", "Yugoslavia"/"FRY" (1992–2003: the
/// Federal Republic) = RS + ME; "Czechoslovakia" = CZ + SK; "former Yugoslavia"/"SFRY" and "Soviet Union"/"USSR"
/// are regions (no country), since rows after 2009 use them for a group of today's states.</item>
/// <item>Places come out in order of first appearance, each once. Cities are not mapped ("IOM in Helsinki",
/// "embassies in Riga" add nothing by themselves); a country named anywhere in the cell counts
/// ("... in Riga, Latvia" = LV).</item>
/// </list>
/// </remarks>
public static class PlaceNormaliser
{
    private static readonly HashSet<string> MissionFillers = PlaceData.Words.Set("mission-fillers");

    private static readonly HashSet<string> FieldFillers = PlaceData.Words.Set("field-fillers");

    private static readonly HashSet<string> FieldKeywords = PlaceData.Words.Set("field-keywords");

    private static readonly HashSet<string> SubNationalWords = PlaceData.Words.Set("sub-national-words");

    /// <summary>Finds the places named in a cell. Never throws: a fault of ours is a failure of kind
    /// <see cref="ReadFailureKind.InternalError"/>; <see cref="PlaceList.Raw"/> is the input exactly (null = "").</summary>
    public static ReadResult<PlaceList> Read(string? raw) => ReadResult<PlaceList>.Guard(raw ?? string.Empty, Remembered, Unread);

    /// <summary>The reading of each text seen before: returns name the same countries row after row. A reading is
    /// immutable and depends on its text alone.</summary>
    private static readonly BoundedMemo<string, ReadResult<PlaceList>> Seen = new(4096);

    /// <summary>The remembered reading, holding this cell's own text as its raw (an equal text of another cell is not it).</summary>
    private static ReadResult<PlaceList> Remembered(string text)
    {
        var read = Seen.GetOrRead(text, ReadText);
        return ReferenceEquals(read.Value.Raw, text) || read.Value.Raw != text ? read : read.WithValue(read.Value with { Raw = text });
    }

    /// <summary>The places of one cell (see <see cref="Read"/>); throws <see cref="NormalisingFaultException"/> only on a fault of ours.</summary>
    public static PlaceList Normalise(string? raw) => Read(raw).GetValueOrThrow();

    private static PlaceList Unread(string raw) => new(raw, []);

    private static ReadResult<PlaceList> ReadText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult<PlaceList>.Success(new PlaceList(text, []));
        }

        var places = new PlaceList(text, Find(text, Gazetteer.Instance));
        return places.IsEmpty
            ? ReadResult<PlaceList>.Failed(places, ReadFailure.NotUnderstood("it names no country, region or organisation we know"))
            : ReadResult<PlaceList>.Success(places);
    }

    private sealed class Match(int start, int end, GazetteerEntry entry)
    {
        public int Start { get; } = start;

        public int End { get; set; } = end;

        public GazetteerEntry Entry { get; } = entry;

        public IReadOnlyList<Place> Places { get; set; } = entry.Places;

        public bool Removed { get; set; }
    }

    private static List<Place> Find(string text, Gazetteer g)
    {
        var tokens = PlaceTokenizer.Tokenize(text);
        tokens = Glue(tokens, g);
        CorrectTypos(tokens, g);

        var matches = MatchAll(tokens, g);
        ResolveDemonyms(tokens, matches, g);
        AbsorbMissionCountries(tokens, matches);
        SuppressSubNational(tokens, matches);

        var seen = new HashSet<Place>();
        var result = new List<Place>();
        foreach (var m in matches)
        {
            if (m.Removed)
            {
                continue;
            }

            foreach (var p in m.Places)
            {
                if (seen.Add(p))
                {
                    result.Add(p);
                }
            }
        }

        return result;
    }

    private static bool IsFragment(PlaceToken t, Gazetteer g) =>
        t.IsWord && t.IsAllLetters && (t.Lower.Length <= 2 || !g.Vocabulary.Contains(t.Lower));

    private static List<PlaceToken> Glue(List<PlaceToken> tokens, Gazetteer g)
    {
        List<PlaceToken>? result = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            var glued = 0;
            if (t.IsWord && t.IsCapitalised && t.IsAllLetters && t.Lower.Length >= 3 && !g.Vocabulary.Contains(t.Lower))
            {
                for (var parts = 3; parts >= 2 && glued == 0; parts--)
                {
                    if (i + parts > tokens.Count)
                    {
                        continue;
                    }

                    var ok = true;
                    var lower = t.Lower;
                    for (var k = 1; k < parts && ok; k++)
                    {
                        var next = tokens[i + k];
                        ok = next.GlueableBefore && IsFragment(next, g);
                        lower += next.Lower;
                    }

                    if (ok && lower.Length >= 5 && g.Vocabulary.Contains(lower))
                    {
                        glued = parts;
                    }
                }
            }

            if (glued == 0)
            {
                result?.Add(t);
                i++;
                continue;
            }

            result ??= tokens.Take(i).ToList();
            var textJoined = string.Concat(tokens.Skip(i).Take(glued).Select(x => x.Text));
            result.Add(new PlaceToken(textJoined, textJoined.ToLowerInvariant(), TokenKind.Word, t.GlueableBefore));
            i += glued;
        }

        return result ?? tokens;
    }

    private static void CorrectTypos(List<PlaceToken> tokens, Gazetteer g)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !t.IsCapitalised || t.Lower.Length < 6 || !t.IsAllLetters || g.KnownWords.Contains(t.Lower))
            {
                continue;
            }

            var fix = TypoCorrection(t.Lower, g);
            if (fix is not null)
            {
                tokens[i] = t with { Lower = fix, Text = char.ToUpperInvariant(fix[0]) + fix[1..] };
            }
        }
    }

    /// <summary>The single closest country word within the allowed distance, or null (none, or a tie).</summary>
    internal static string? TypoCorrection(string lower, Gazetteer g)
    {
        if (lower.Length < 6 || !g.TypoTargets.TryGetValue(lower[0], out var candidates))
        {
            return null;
        }

        var max = lower.Length >= 10 ? 2 : 1;
        var bestDistance = int.MaxValue;
        List<string>? best = null;
        foreach (var c in candidates)
        {
            if (Math.Abs(c.Length - lower.Length) > max)
            {
                continue;
            }

            var d = StringDistance.DamerauLevenshtein(lower, c, max);
            if (d > max || d > bestDistance)
            {
                continue;
            }

            if (d < bestDistance)
            {
                bestDistance = d;
                best = [];
            }

            best!.Add(c);
        }

        if (best is null)
        {
            return null;
        }

        if (best.Count == 1)
        {
            return best[0];
        }

        // A tie is only resolved when every candidate is a word of the same single country
        // ("Kazakshtan": "kazakhstan" and "kazakstan", both Kazakhstan); then a whole one-word alias is preferred.
        var code = g.TypoTargetCountry[best[0]];
        if (code is null || best.Any(c => g.TypoTargetCountry[c] != code))
        {
            return null;
        }

        return best.FirstOrDefault(g.SingleWordCountryAliases.Contains) ?? best[0];
    }

    private static List<Match> MatchAll(List<PlaceToken> tokens, Gazetteer g)
    {
        var matches = new List<Match>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }

            var node = g.Root;
            var bestEnd = -1;
            GazetteerEntry? best = null;
            for (var j = i; j < tokens.Count; j++)
            {
                node = node.Get(tokens[j].Lower);
                if (node is null)
                {
                    break;
                }

                if (node.Entries is null)
                {
                    continue;
                }

                foreach (var e in node.Entries)
                {
                    if (e.Accepts(tokens, i))
                    {
                        best = e;
                        bestEnd = j + 1;
                        break;
                    }
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            matches.Add(new Match(i, bestEnd, best));
            i = bestEnd;
        }

        return matches;
    }

    private static void ResolveDemonyms(List<PlaceToken> tokens, List<Match> matches, Gazetteer g)
    {
        foreach (var m in matches)
        {
            if (!m.Entry.IsDemonym)
            {
                continue;
            }

            var ok = false;
            for (var k = m.End; k < tokens.Count && k <= m.End + 2; k++)
            {
                if (!tokens[k].IsWord)
                {
                    break;
                }

                if (g.InstitutionNouns.Contains(tokens[k].Lower))
                {
                    ok = true;
                    break;
                }
            }

            if (!ok)
            {
                m.Removed = true;
            }
        }
    }

    private static void AbsorbMissionCountries(List<PlaceToken> tokens, List<Match> matches)
    {
        for (var mi = 0; mi < matches.Count; mi++)
        {
            var m = matches[mi];
            if (m.Removed || m.Entry.Absorb == AbsorbMode.None)
            {
                continue;
            }

            var fillers = m.Entry.Absorb == AbsorbMode.Mission ? MissionFillers : FieldFillers;
            var next = mi + 1 < matches.Count ? matches[mi + 1] : null;
            var k = m.End;
            var words = new List<string>();
            var keyword = false;
            while (k < tokens.Count && (next is null || k < next.Start) && tokens[k].IsWord && fillers.Contains(tokens[k].Lower))
            {
                keyword |= FieldKeywords.Contains(tokens[k].Lower);
                words.Add(tokens[k].Text);
                k++;
            }

            if (m.Entry.Absorb == AbsorbMode.Field && !keyword)
            {
                continue;
            }

            var absorbed = new List<Match>();
            var ni = mi + 1;
            while (ni < matches.Count && matches[ni].Start == k && matches[ni].Entry.IsCountry && !matches[ni].Removed)
            {
                absorbed.Add(matches[ni]);
                k = matches[ni].End;
                ni++;

                // "EUBAM Moldova and Ukraine", "EUBAM Moldova-Ukraine"
                if (ni < matches.Count && k < tokens.Count && tokens[k].IsWord && tokens[k].Lower == "and" && matches[ni].Start == k + 1)
                {
                    k++;
                }
            }

            if (absorbed.Count == 0)
            {
                continue;
            }

            var orgName = m.Places.Count == 1 ? m.Places[0].Name : m.Entry.Places[0].Name;
            var name = string.Join(' ', new[] { orgName }.Concat(words)) + " "
                + string.Join(" and ", absorbed.SelectMany(a => a.Places).Select(p => p.Name).Distinct());
            m.Places = [new Place(PlaceKind.Organisation, name, null)];
            m.End = absorbed[^1].End;
            foreach (var a in absorbed)
            {
                a.Removed = true;
            }
        }
    }

    private static void SuppressSubNational(List<PlaceToken> tokens, List<Match> matches)
    {
        for (var p = 0; p < tokens.Count; p++)
        {
            if (tokens[p].Text != "(")
            {
                continue;
            }

            var q = p + 1;
            while (q < tokens.Count && tokens[q].Text != ")" && tokens[q].Text != "(")
            {
                q++;
            }

            var before = matches.LastOrDefault(m => !m.Removed && m.End == p);
            if (before is null || !before.Entry.IsCountry)
            {
                continue;
            }

            var last = q - 1;
            while (last > p && !tokens[last].IsWord)
            {
                last--;
            }

            if (last <= p || !SubNationalWords.Contains(tokens[last].Lower))
            {
                continue;
            }

            foreach (var m in matches)
            {
                if (m.Start > p && m.End <= q && m.Entry.IsCountry)
                {
                    m.Removed = true;
                }
            }
        }
    }
}
