namespace Thb.Normalising.Places;

/// <summary>How an alias must be written to match.</summary>
internal enum CaseRule
{
    /// <summary>Any case ("austria", "AUSTRIA", "Austria").</summary>
    Any,

    /// <summary>An acronym: exactly as listed or in all capitals ("US", "BiH"/"BIH"; never "us").</summary>
    Exact,

    /// <summary>A name that is also a common word: the first letter must be a capital ("Turkey", not "turkey").</summary>
    Capitalised,
}

/// <summary>What happens to a country named right after an organisation (see <see cref="OrganisationData"/>).</summary>
internal enum AbsorbMode
{
    None,
    Mission,
    Field,
}

/// <summary>One alias of the gazetteer, with the place(s) it stands for.</summary>
internal sealed class GazetteerEntry
{
    public required IReadOnlyList<Place> Places { get; init; }

    public required CaseRule Rule { get; init; }

    /// <summary>The alias tokens, folded with case kept (for <see cref="CaseRule.Exact"/>).</summary>
    public required string[] AliasTexts { get; init; }

    public AbsorbMode Absorb { get; init; }

    /// <summary>A country adjective: yields its country only before a state-body noun.</summary>
    public bool IsDemonym { get; init; }

    public bool IsCountry => !IsDemonym && Places.Count > 0 && Places.All(p => p.Kind == PlaceKind.Country);

    public bool Accepts(IReadOnlyList<PlaceToken> tokens, int start)
    {
        switch (Rule)
        {
            case CaseRule.Capitalised:
                return tokens[start].IsCapitalised;
            case CaseRule.Exact:
                for (var k = 0; k < AliasTexts.Length; k++)
                {
                    var t = tokens[start + k].Text;
                    var a = AliasTexts[k];
                    if (!string.Equals(t, a, StringComparison.Ordinal)
                        && !string.Equals(t, a.ToUpperInvariant(), StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}

/// <summary>A trie over lower-case folded tokens.</summary>
internal sealed class TrieNode
{
    public Dictionary<string, TrieNode>? Children { get; private set; }

    public List<GazetteerEntry>? Entries { get; private set; }

    public TrieNode GetOrAdd(string key)
    {
        Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
        if (!Children.TryGetValue(key, out var node))
        {
            node = new TrieNode();
            Children[key] = node;
        }

        return node;
    }

    public TrieNode? Get(string key) => Children is not null && Children.TryGetValue(key, out var n) ? n : null;

    public void AddEntry(GazetteerEntry entry)
    {
        Entries ??= [];
        Entries.Add(entry);
    }
}

/// <summary>
/// The gazetteer: every alias of every country, region, organisation and demonym in one token trie, plus the
/// vocabularies used for gluing split words and for typo tolerance. Built once (lazily) and shared; immutable after.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyInstance = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Gazetteer Instance => LazyInstance.Value;

    public TrieNode Root { get; } = new();

    /// <summary>Every word (lower case) that occurs in some alias.</summary>
    public HashSet<string> Vocabulary { get; } = new(StringComparer.Ordinal);

    /// <summary>Words known not to be misspelt place names: the vocabulary, demonym plurals, English near misses, ...</summary>
    public HashSet<string> KnownWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Typo targets: the words of country aliases (≥ 4 letters), grouped by first letter.</summary>
    public Dictionary<char, List<string>> TypoTargets { get; } = [];

    /// <summary>For each typo target, the one country whose aliases use it, or null when several do ("republic").</summary>
    public Dictionary<string, string?> TypoTargetCountry { get; } = new(StringComparer.Ordinal);

    /// <summary>Typo targets that are a whole single-word country alias ("kazakstan", "afghanistan").</summary>
    public HashSet<string> SingleWordCountryAliases { get; } = new(StringComparer.Ordinal);

    public HashSet<string> InstitutionNouns { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Country> Countries { get; private set; } = [];

    public Dictionary<string, Country> CountriesByCode { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Aliases that were listed for two different places (kept: the first). Empty for consistent data.</summary>
    public List<string> Conflicts { get; } = [];

    private readonly Dictionary<string, GazetteerEntry> _byKey = new(StringComparer.Ordinal);

    private static Gazetteer Build()
    {
        var g = new Gazetteer();
        g.LoadCountries();
        g.LoadTable(RegionData.Table, PlaceKind.Region);
        g.LoadTable(OrganisationData.Table, PlaceKind.Organisation);
        g.LoadDemonyms();
        g.BuildVocabularies();
        return g;
    }

    private static IEnumerable<string[]> Lines(string table)
    {
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return line.Split('|');
        }
    }

    private void LoadCountries()
    {
        var list = new List<Country>();
        foreach (var parts in Lines(CountryData.Table))
        {
            var country = new Country(parts[0], parts[1]);
            list.Add(country);
            CountriesByCode[country.Code] = country;
            var place = Place.ForCountry(country);
            foreach (var alias in parts[2].Split(';'))
            {
                AddAlias(alias, [place], AbsorbMode.None, false);
            }

            // The canonical name last: an alias spelling it with a case rule ("^China") takes precedence.
            AddAlias(parts[1], [place], AbsorbMode.None, false);
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        Countries = list;

        // Historical unions: more than one successor country (see PlaceNormaliser remarks).
        AddAlias("Serbia and Montenegro", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("Serbia & Montenegro", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("Serbia-Montenegro", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("State Union of Serbia and Montenegro", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("Yugoslavia", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("Federal Republic of Yugoslavia", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("FR Yugoslavia", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("=FRY", Successors("RS", "ME"), AbsorbMode.None, false);
        AddAlias("Czechoslovakia", Successors("CZ", "SK"), AbsorbMode.None, false);
        AddAlias("Czecho-Slovakia", Successors("CZ", "SK"), AbsorbMode.None, false);
    }

    private Place[] Successors(params string[] codes) => codes.Select(c => Place.ForCountry(CountriesByCode[c])).ToArray();

    private void LoadTable(string table, PlaceKind kind)
    {
        foreach (var parts in Lines(table))
        {
            var name = parts[0];
            var absorb = AbsorbMode.None;
            var at = name.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                absorb = name[(at + 1)..] switch
                {
                    "mission" => AbsorbMode.Mission,
                    "field" => AbsorbMode.Field,
                    _ => throw new InvalidOperationException($"Unknown marker in '{name}'."),
                };
                name = name[..at];
            }

            var place = new Place(kind, name, null);
            foreach (var alias in parts[1].Split(';'))
            {
                AddAlias(alias, [place], absorb, false);
            }

            AddAlias(name, [place], absorb, false);
        }
    }

    private void LoadDemonyms()
    {
        foreach (var parts in Lines(DemonymData.Table))
        {
            var place = Place.ForCountry(CountriesByCode[parts[0]]);
            foreach (var alias in parts[1].Split(';'))
            {
                // Proper adjectives: capitalised only ("Polish authorities", never "polish").
                AddAlias("^" + alias, [place], AbsorbMode.None, true);
                var tokens = PlaceTokenizer.Tokenize(alias);
                var last = tokens[^1].Lower;
                KnownWords.Add(last + "s");
                KnownWords.Add(last + "es");
            }
        }

        foreach (var noun in DemonymData.InstitutionNouns)
        {
            InstitutionNouns.Add(noun);
        }
    }

    private void AddAlias(string alias, IReadOnlyList<Place> places, AbsorbMode absorb, bool demonym)
    {
        alias = alias.Trim();
        if (alias.Length == 0)
        {
            return;
        }

        var rule = CaseRule.Any;
        if (alias[0] == '=')
        {
            rule = CaseRule.Exact;
            alias = alias[1..];
        }
        else if (alias[0] == '^')
        {
            rule = CaseRule.Capitalised;
            alias = alias[1..];
        }

        var tokens = PlaceTokenizer.Tokenize(alias);
        if (tokens.Count == 0)
        {
            return;
        }

        var key = string.Join(' ', tokens.Select(t => t.Lower));
        if (_byKey.TryGetValue(key, out var existing))
        {
            if (!existing.Places.SequenceEqual(places) || existing.IsDemonym != demonym)
            {
                Conflicts.Add($"{alias}: {string.Join(",", existing.Places)} vs {string.Join(",", places)}");
            }

            return;
        }

        var entry = new GazetteerEntry
        {
            Places = places,
            Rule = rule,
            AliasTexts = tokens.Select(t => t.Text).ToArray(),
            Absorb = absorb,
            IsDemonym = demonym,
        };
        _byKey[key] = entry;

        var node = Root;
        foreach (var t in tokens)
        {
            node = node.GetOrAdd(t.Lower);
            if (t.IsWord)
            {
                Vocabulary.Add(t.Lower);
            }
        }

        node.AddEntry(entry);
    }

    private void BuildVocabularies()
    {
        foreach (var w in Vocabulary)
        {
            KnownWords.Add(w);
        }

        foreach (var w in InstitutionNouns)
        {
            KnownWords.Add(w);
        }

        foreach (var w in EnglishNearMisses.Words)
        {
            KnownWords.Add(w);
        }

        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in _byKey.Values)
        {
            if (!entry.IsCountry || entry.Rule == CaseRule.Exact)
            {
                continue;
            }

            var code = entry.Places.Count == 1 ? entry.Places[0].Code : null;
            foreach (var text in entry.AliasTexts)
            {
                var lower = text.ToLowerInvariant();
                if (lower.Length >= 4 && lower.All(char.IsLetter))
                {
                    if (targets.Add(lower))
                    {
                        TypoTargetCountry[lower] = code;
                    }
                    else if (TypoTargetCountry[lower] != code)
                    {
                        TypoTargetCountry[lower] = null;
                    }

                    if (entry.AliasTexts.Length == 1)
                    {
                        SingleWordCountryAliases.Add(lower);
                    }
                }
            }
        }

        foreach (var t in targets.Order(StringComparer.Ordinal))
        {
            if (!TypoTargets.TryGetValue(t[0], out var list))
            {
                list = [];
                TypoTargets[t[0]] = list;
            }

            list.Add(t);
        }
    }
}
