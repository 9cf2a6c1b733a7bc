namespace Thb.Normalising.Places;

/// <summary>A line of <c>regions.json</c> or <c>organisations.json</c>: display name, what happens to a country named
/// right after it (<c>"mission"</c>, <c>"field"</c> or nothing) and aliases.</summary>
internal sealed class NamedPlaceRecord
{
    public required string Name { get; init; }

    public string? Absorb { get; init; }

    public required string[] Aliases { get; init; }

    public static NamedPlaceRecord From(System.Text.Json.JsonElement e) => new() { Name = e.Text("name"), Absorb = e.OptionalText("absorb"), Aliases = e.Texts("aliases") };
}
