namespace Thb.Normalising.Places;

/// <summary>A line of <c>demonyms.json</c>: a country's code and its adjectives.</summary>
internal sealed class DemonymRecord
{
    public required string Code { get; init; }

    public required string[] Adjectives { get; init; }
}
