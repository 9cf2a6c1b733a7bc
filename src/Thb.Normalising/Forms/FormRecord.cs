namespace Thb.Normalising.Forms;

/// <summary>A line of <c>forms.json</c>: a category (its JSON name), its label and the keywords that name it.</summary>
internal sealed class FormRecord
{
    public required string Category { get; init; }

    public required string Label { get; init; }

    public required string[] Keywords { get; init; }

    public static FormRecord From(System.Text.Json.JsonElement e) => new() { Category = e.Text("category"), Label = e.Text("label"), Keywords = e.Texts("keywords") };
}
