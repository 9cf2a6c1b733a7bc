namespace Thb.Normalising;

/// <summary>One named list of words or phrases of a vocabulary file, and why it exists.</summary>
internal sealed class WordSetRecord
{
    public required string Name { get; init; }

    public string? Why { get; init; }

    public required string[] Words { get; init; }
}
