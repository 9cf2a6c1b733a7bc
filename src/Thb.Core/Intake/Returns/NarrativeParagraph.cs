using System.Text.Json.Serialization;

namespace Thb.Intake.Returns;

/// <summary>
/// One paragraph of a contributor's prose: a heading (level 1–3), a plain paragraph (level 0), or a bulleted or
/// numbered item (level 1, 2 … of its list). <see cref="Text"/> is the whole text as written; <see cref="Label"/> the
/// number or bullet the source showed before it ("1.", "•"), when it did not type it into the text itself;
/// <see cref="Runs"/> the text's stretches of bold and italic, when it has any (their texts make up <see cref="Text"/>).
/// </summary>
public sealed record NarrativeParagraph(NarrativeKind Kind, int Level, string Text)
{
    /// <summary>The sheet row the paragraph was read from (Narrative sheet), or null (a Word document).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Row { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<NarrativeRun>? Runs { get; init; }

    /// <summary>The label and the text, as a reader sees the paragraph ("1. Albania").</summary>
    public string Shown => Label is null ? Text : Label + " " + Text;
}
