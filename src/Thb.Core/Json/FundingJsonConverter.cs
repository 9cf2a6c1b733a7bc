using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Normalising.Funding;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Json;

/// <summary>
/// A funding cell as the contract writes it: {"raw", "kind", "amountEur", "minEur", "maxEur", "note"}, and for money
/// in another currency "originalAmount" and "originalCurrency" (the <see cref="Money"/> flattened; omitted otherwise).
/// </summary>
public sealed class FundingJsonConverter : JsonConverter<FundingValue>
{
    public override FundingValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Deserialize<FundingJson>(ref reader, options) ?? throw new JsonException("A funding is an object.");
        Money? original = (json.OriginalAmount, json.OriginalCurrency) switch
        {
            ({ } amount, { } currency) => new Money(amount, currency),
            (null, null) => null,
            _ => throw new JsonException("A funding's originalAmount and originalCurrency come together."),
        };
        return new FundingValue(json.Raw ?? "", json.Kind, json.AmountEur, json.MinEur, json.MaxEur, json.Note, original);
    }

    public override void Write(Utf8JsonWriter writer, FundingValue value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new FundingJson(value.Raw, value.Kind, value.AmountEur, value.MinEur, value.MaxEur, value.Note)
        {
            OriginalAmount = value.Original?.Amount,
            OriginalCurrency = value.Original?.Currency,
        }, options);

    private sealed record FundingJson(string? Raw, FundingKind Kind, decimal? AmountEur, decimal? MinEur, decimal? MaxEur, string? Note)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public decimal? OriginalAmount { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? OriginalCurrency { get; init; }
    }
}
