using System.Text.Json.Serialization;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Normalising;

/// <summary>The shapes of the embedded data files, read without reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DataFile<WordSetRecord>))]
[JsonSerializable(typeof(DataFile<CountryRecord>))]
[JsonSerializable(typeof(DataFile<NamedPlaceRecord>))]
[JsonSerializable(typeof(DataFile<DemonymRecord>))]
[JsonSerializable(typeof(DataFile<UnionRecord>))]
[JsonSerializable(typeof(DataFile<MonthRecord>))]
[JsonSerializable(typeof(DataFile<PeriodRecord>))]
[JsonSerializable(typeof(DataFile<CurrencyRecord>))]
[JsonSerializable(typeof(DataFile<MultiplierRecord>))]
[JsonSerializable(typeof(DataFile<FormRecord>))]
internal sealed partial class NormalisingJson : JsonSerializerContext;
