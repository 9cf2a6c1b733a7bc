namespace Thb.Normalising;

/// <summary>One named list of words or phrases of a vocabulary file, and why it exists.</summary>
internal sealed class WordSetRecord
{
    public required string Name { get; init; }

    public string? Why { get; init; }

    public required string[] Words { get; init; }

    public static WordSetRecord From(System.Text.Json.JsonElement e) => new() { Name = e.Text("name"), Why = e.OptionalText("why"), Words = e.Texts("words") };
}
