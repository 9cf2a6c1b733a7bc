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
    public override FundingValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadFunding(ref reader);

    public static FundingValue ReadFunding(ref Utf8JsonReader reader)
    {
        ContractJson.StartObject(ref reader, "A funding");
        var funding = new FundingValue("", default, null, null, null, null);
        decimal? originalAmount = null;
        string? originalCurrency = null;
        while (ContractJson.NextProperty(ref reader, out var p))
        {
            if (ContractJson.Is(p, "raw")) funding = funding with { Raw = ContractJson.String(ref reader, p) ?? "" };
            else if (ContractJson.Is(p, "kind")) funding = funding with { Kind = ContractJson.Enum<FundingKind>(ref reader, p) };
            else if (ContractJson.Is(p, "amountEur")) funding = funding with { AmountEur = ContractJson.Decimal(ref reader) };
            else if (ContractJson.Is(p, "minEur")) funding = funding with { MinEur = ContractJson.Decimal(ref reader) };
            else if (ContractJson.Is(p, "maxEur")) funding = funding with { MaxEur = ContractJson.Decimal(ref reader) };
            else if (ContractJson.Is(p, "note")) funding = funding with { Note = ContractJson.String(ref reader, p) };
            else if (ContractJson.Is(p, "originalAmount")) originalAmount = ContractJson.Decimal(ref reader);
            else if (ContractJson.Is(p, "originalCurrency")) originalCurrency = ContractJson.String(ref reader, p);
            else reader.Skip();
        }
        return (originalAmount, originalCurrency) switch
        {
            // A stored code reads back as it was written, a currency no code names included (CurrencyCode.Unnamed).
            ({ } amount, { } currency) => funding with { Original = new Money(amount, CurrencyCode.FromReading(currency)) },
            (null, null) => funding,
            _ => throw new JsonException("A funding's originalAmount and originalCurrency come together."),
        };
    }

    public override void Write(Utf8JsonWriter writer, FundingValue value, JsonSerializerOptions options) => WriteFunding(writer, value);

    public static void WriteFunding(Utf8JsonWriter writer, FundingValue value)
    {
        writer.WriteStartObject();
        writer.WriteString("raw", value.Raw);
        ContractJson.WriteEnum(writer, "kind", value.Kind);
        ContractJson.WriteNumber(writer, "amountEur", value.AmountEur);
        ContractJson.WriteNumber(writer, "minEur", value.MinEur);
        ContractJson.WriteNumber(writer, "maxEur", value.MaxEur);
        writer.WriteString("note", value.Note);
        if (value.Original is { } original)
        {
            writer.WriteNumber("originalAmount", original.Amount);
            writer.WriteString("originalCurrency", original.Currency.Value);
        }
        writer.WriteEndObject();
    }
}
