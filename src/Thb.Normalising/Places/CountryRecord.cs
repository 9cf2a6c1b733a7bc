namespace Thb.Normalising.Places;

/// <summary>A line of <c>countries.json</c>: ISO code, canonical English name and aliases (prefixes "=" and "^" as
/// the file's notes say).</summary>
internal sealed class CountryRecord
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string[] Aliases { get; init; }

    public static CountryRecord From(System.Text.Json.JsonElement e) => new() { Code = e.Text("code"), Name = e.Text("name"), Aliases = e.Texts("aliases") };
}
