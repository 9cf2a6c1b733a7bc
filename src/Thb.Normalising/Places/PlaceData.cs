namespace Thb.Normalising.Places;

/// <summary>The gazetteer's data files (<c>Places/Data/*.json</c>), read once, when first used.</summary>
internal static class PlaceData
{
    public static readonly DataFile<CountryRecord> Countries = EmbeddedData.Load("Places/Data/countries.json", CountryRecord.From);

    public static readonly DataFile<UnionRecord> Unions = EmbeddedData.Load("Places/Data/historical-unions.json", UnionRecord.From);

    public static readonly DataFile<NamedPlaceRecord> Regions = EmbeddedData.Load("Places/Data/regions.json", NamedPlaceRecord.From);

    public static readonly DataFile<NamedPlaceRecord> Organisations = EmbeddedData.Load("Places/Data/organisations.json", NamedPlaceRecord.From);

    public static readonly DataFile<DemonymRecord> Demonyms = EmbeddedData.Load("Places/Data/demonyms.json", DemonymRecord.From);

    /// <summary>institution-nouns, english-near-misses, mission-fillers, field-fillers, field-keywords, sub-national-words.</summary>
    public static readonly WordSets Words = EmbeddedData.LoadWordSets("Places/Data/place-words.json");
}
