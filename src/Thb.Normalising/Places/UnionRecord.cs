namespace Thb.Normalising.Places;

/// <summary>A line of <c>historical-unions.json</c>: a dissolved union's names and the codes of its successor states.</summary>
internal sealed class UnionRecord
{
    public required string[] Successors { get; init; }

    public required string[] Aliases { get; init; }

    public static UnionRecord From(System.Text.Json.JsonElement e) => new() { Successors = e.Texts("successors"), Aliases = e.Texts("aliases") };
}
