namespace Thb.Normalising.Places;

/// <summary>The gazetteer's data files (<c>Places/Data/*.json</c>), read once.</summary>
internal sealed class PlaceData
{
    private static readonly Lazy<PlaceData> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PlaceData Instance => LazyInstance.Value;

    public required DataFile<CountryRecord> Countries { get; init; }

    public required DataFile<UnionRecord> Unions { get; init; }

    public required DataFile<NamedPlaceRecord> Regions { get; init; }

    public required DataFile<NamedPlaceRecord> Organisations { get; init; }

    public required DataFile<DemonymRecord> Demonyms { get; init; }

    /// <summary>institution-nouns, english-near-misses, mission-fillers, field-fillers, field-keywords, sub-national-words.</summary>
    public required WordSets Words { get; init; }

    private static PlaceData Load() => new()
    {
        Countries = EmbeddedData.Load("Places/Data/countries.json", CountryRecord.From),
        Unions = EmbeddedData.Load("Places/Data/historical-unions.json", UnionRecord.From),
        Regions = EmbeddedData.Load("Places/Data/regions.json", NamedPlaceRecord.From),
        Organisations = EmbeddedData.Load("Places/Data/organisations.json", NamedPlaceRecord.From),
        Demonyms = EmbeddedData.Load("Places/Data/demonyms.json", DemonymRecord.From),
        Words = EmbeddedData.LoadWordSets("Places/Data/place-words.json"),
    };
}
