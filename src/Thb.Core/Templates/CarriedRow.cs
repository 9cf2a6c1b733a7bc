namespace Thb.Templates;

/// <summary>
/// An action carried over from an earlier cycle: the six texts exactly as the delegation wrote them, and the helper
/// columns filled from the normalised values only where they say the same thing (full dates, a EUR amount).
/// </summary>
public sealed record CarriedRow(
    string CountryRegion,
    string Form,
    string Description,
    string Partner,
    string Duration,
    string Funding,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    bool? Ongoing = null,
    decimal? AmountEur = null)
{
    /// <summary>The sub-section the action was reported under, if any: it goes back on that section's sheet.</summary>
    public Thb.Cycles.SectionTitle? Section { get; init; }
}
