namespace Thb.Publication.Priorities;

/// <summary>
/// The ranked view of third countries, regions and organisations at international level (the 2011 report's
/// recommendation of a list of priority third countries and regions). Rows naming places inside the EU are counted
/// in <paramref name="ActionsInsideEu"/>, not ranked; <paramref name="ActionsWithoutPlace"/> recognised none.
/// </summary>
public sealed record PriorityView(
    IReadOnlyList<PriorityEntry> Countries,
    IReadOnlyList<RegionPriority> Regions,
    IReadOnlyList<PriorityEntry> Organisations,
    int Actions,
    int ActionsInsideEu,
    int ActionsWithoutPlace,
    string? PreviousCycleId);
