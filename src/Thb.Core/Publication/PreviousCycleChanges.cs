using Thb.Normalising.Places;

namespace Thb.Publication;

/// <summary>
/// The previous cycle as the change labels see it: its id, and the places of its rows that were not found again
/// ("no longer reported"). The current rows carry their own <see cref="RowChange"/>.
/// </summary>
public sealed record PreviousCycleChanges(string CycleId, IReadOnlyList<NoLongerReported> NoLongerReported);
