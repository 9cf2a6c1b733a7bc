using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Json;

namespace Thb.Intake.Returns;

/// <summary>
/// A row as the contract writes it: {"row", "countryRegion", "form", "description", "partner", "duration", "funding",
/// "findings"}, then "section", "sheet", "contributor", "submission" and "corrections" only when present — the shape
/// the serializer gave the record, written and read here directly (every stored row and every row of a check goes
/// through it; see <see cref="ContractJson"/>). The corrections, rare and read only by the review, go through the serializer.
/// </summary>
public sealed class ReturnRowJsonConverter : JsonConverter<ReturnRow>
{
    public override ReturnRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ContractJson.StartObject(ref reader, "A row");
        var row = new ReturnRow(0, new("", []), new("", null), new(""), new(""), new("", default, null, null, false), new("", default, null, null, null, null), []);
        while (ContractJson.NextProperty(ref reader, out var p)) row = ReadProperty(ref reader, p, row, options);
        return row;
    }

    private static ReturnRow ReadProperty(ref Utf8JsonReader reader, string p, ReturnRow row, JsonSerializerOptions options)
    {
        if (ContractJson.Is(p, "row")) return row with { Row = reader.GetInt32() };
        if (ContractJson.Is(p, "countryRegion")) return row with { CountryRegion = PlaceListJsonConverter.ReadList(ref reader) };
        if (ContractJson.Is(p, "form")) return row with { Form = ActionFormJsonConverter.ReadForm(ref reader) };
        if (ContractJson.Is(p, "description")) return row with { Description = Raw(ref reader, p) };
        if (ContractJson.Is(p, "partner")) return row with { Partner = Raw(ref reader, p) };
        if (ContractJson.Is(p, "duration")) return row with { Duration = DurationJsonConverter.ReadDuration(ref reader) };
        if (ContractJson.Is(p, "funding")) return row with { Funding = FundingJsonConverter.ReadFunding(ref reader) };
        if (ContractJson.Is(p, "findings")) return row with { Findings = FindingJsonConverter.ReadList(ref reader, p) };
        if (ContractJson.Is(p, "section")) return row with { Section = reader.TokenType == JsonTokenType.Null ? null : SectionTitleJsonConverter.ReadTitle(ref reader) };
        if (ContractJson.Is(p, "sheet")) return row with { Sheet = ContractJson.String(ref reader, p) };
        if (ContractJson.Is(p, "contributor")) return row with { Contributor = ContractJson.String(ref reader, p) };
        if (ContractJson.Is(p, "submission")) return row with { Submission = ContractJson.String(ref reader, p) };
        if (ContractJson.Is(p, "corrections")) return row with { Corrections = JsonSerializer.Deserialize<List<RowCorrection>>(ref reader, options) };
        reader.Skip();
        return row;
    }

    private static RawText Raw(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Null) return new RawText("");
        ContractJson.StartObject(ref reader, $"\"{name}\"");
        string? raw = null;
        while (ContractJson.NextProperty(ref reader, out var p))
        {
            if (ContractJson.Is(p, "raw")) raw = ContractJson.String(ref reader, p);
            else reader.Skip();
        }
        return new RawText(raw ?? "");
    }

    public override void Write(Utf8JsonWriter writer, ReturnRow value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("row", value.Row);
        writer.WritePropertyName("countryRegion");
        PlaceListJsonConverter.WriteList(writer, value.CountryRegion);
        writer.WritePropertyName("form");
        ActionFormJsonConverter.WriteForm(writer, value.Form);
        WriteRaw(writer, "description", value.Description);
        WriteRaw(writer, "partner", value.Partner);
        writer.WritePropertyName("duration");
        DurationJsonConverter.WriteDuration(writer, value.Duration);
        writer.WritePropertyName("funding");
        FundingJsonConverter.WriteFunding(writer, value.Funding);
        FindingJsonConverter.WriteList(writer, "findings", value.Findings);
        if (value.Section is { } section) writer.WriteString("section", section.Text);
        if (value.Sheet is not null) writer.WriteString("sheet", value.Sheet);
        if (value.Contributor is not null) writer.WriteString("contributor", value.Contributor);
        if (value.Submission is not null) writer.WriteString("submission", value.Submission);
        if (value.Corrections is not null)
        {
            writer.WritePropertyName("corrections");
            JsonSerializer.Serialize(writer, value.Corrections, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteRaw(Utf8JsonWriter writer, string name, RawText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("raw", text.Raw);
        writer.WriteEndObject();
    }
}
