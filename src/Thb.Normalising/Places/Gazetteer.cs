namespace Thb.Normalising.Places;

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
        g.LoadCountries(PlaceData.Countries, PlaceData.Unions);
        g.LoadNamedPlaces(PlaceData.Regions, PlaceKind.Region);
        g.LoadNamedPlaces(PlaceData.Organisations, PlaceKind.Organisation);
        g.LoadDemonyms(PlaceData.Demonyms, PlaceData.Words.List("institution-nouns"));
        g.BuildVocabularies(PlaceData.Words.List("english-near-misses"));
        return g;
    }

    private void LoadCountries(DataFile<CountryRecord> countries, DataFile<UnionRecord> unions)
    {
        var list = new List<Country>();
        foreach (var record in countries.Entries)
        {
            var country = new Country(record.Code, record.Name);
            list.Add(country);
            CountriesByCode[country.Code] = country;
            var place = Place.ForCountry(country);
            foreach (var alias in record.Aliases)
            {
                AddAlias(alias, [place], AbsorbMode.None, false);
            }

            // The canonical name last: an alias spelling it with a case rule ("^China") takes precedence.
            AddAlias(record.Name, [place], AbsorbMode.None, false);
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        Countries = list;

        // Historical unions: more than one successor country (see PlaceNormaliser remarks).
        foreach (var union in unions.Entries)
        {
            var successors = union.Successors.Select(c => Place.ForCountry(CountriesByCode[c])).ToArray();
            foreach (var alias in union.Aliases)
            {
                AddAlias(alias, successors, AbsorbMode.None, false);
            }
        }
    }

    private void LoadNamedPlaces(DataFile<NamedPlaceRecord> table, PlaceKind kind)
    {
        foreach (var record in table.Entries)
        {
            var absorb = record.Absorb switch
            {
                null => AbsorbMode.None,
                "mission" => AbsorbMode.Mission,
                "field" => AbsorbMode.Field,
                _ => throw new InvalidDataException($"Unknown absorb mode '{record.Absorb}' for '{record.Name}'."),
            };
            var place = new Place(kind, record.Name, null);
            foreach (var alias in record.Aliases)
            {
                AddAlias(alias, [place], absorb, false);
            }

            AddAlias(record.Name, [place], absorb, false);
        }
    }

    private void LoadDemonyms(DataFile<DemonymRecord> demonyms, IReadOnlyList<string> institutionNouns)
    {
        foreach (var record in demonyms.Entries)
        {
            var place = Place.ForCountry(CountriesByCode[record.Code]);
            foreach (var alias in record.Adjectives)
            {
                // Proper adjectives: capitalised only ("Polish authorities", never "polish").
                AddAlias("^" + alias, [place], AbsorbMode.None, true);
                var tokens = PlaceTokenizer.Tokenize(alias);
                var last = tokens[^1].Lower;
                KnownWords.Add(last + "s");
                KnownWords.Add(last + "es");
            }
        }

        foreach (var noun in institutionNouns)
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

    private void BuildVocabularies(IReadOnlyList<string> nearMisses)
    {
        foreach (var w in Vocabulary)
        {
            KnownWords.Add(w);
        }

        foreach (var w in InstitutionNouns)
        {
            KnownWords.Add(w);
        }

        foreach (var w in nearMisses)
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
