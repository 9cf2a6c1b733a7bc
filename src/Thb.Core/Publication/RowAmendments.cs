namespace Thb.Publication;

/// <summary>
/// What changed in a <see cref="RowChange.Continued"/> row since the previous cycle, read from the two rows' readings
/// (never from their spelling alone: a typo fixed or words reordered is not a change of the action).
/// </summary>
[Flags]
public enum RowAmendments
{
    None = 0,

    /// <summary>It ends later (or now runs on) and starts when it did.</summary>
    DatesExtended = 1,

    /// <summary>Its period moved otherwise (another start, an earlier end).</summary>
    DatesChanged = 2,

    /// <summary>Its funding reads differently (another amount, range, currency or kind).</summary>
    FundingChanged = 4,

    /// <summary>Its partners include every earlier one, and more.</summary>
    PartnerAdded = 8,

    /// <summary>Its partners differ otherwise.</summary>
    PartnerChanged = 16,

    /// <summary>It names other places (countries, regions, organisations).</summary>
    PlacesChanged = 32,

    /// <summary>Its description is worded differently (words added, removed or replaced).</summary>
    DescriptionReworded = 64,

    /// <summary>Its form of action reads as another category.</summary>
    FormChanged = 128,
}
