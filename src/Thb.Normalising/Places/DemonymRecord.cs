namespace Thb.Normalising.Places;

/// <summary>A line of <c>demonyms.json</c>: a country's code and its adjectives.</summary>
internal sealed class DemonymRecord
{
    public required string Code { get; init; }

    public required string[] Adjectives { get; init; }

    public static DemonymRecord From(System.Text.Json.JsonElement e) => new() { Code = e.Text("code"), Adjectives = e.Texts("adjectives") };
}
