using Thb.Publication.Priorities;

namespace Thb.Annex;

/// <summary>
/// The priority view of a cycle's current accepted returns, as `thb analysis` shows it: which cycle, when it was read,
/// from how many of the contributors' returns.
/// </summary>
public sealed record PriorityReport(string CycleId, string CycleTitle, DateTimeOffset ReadAt, int Contributors, int ContributorsWithReturn, PriorityView View);
