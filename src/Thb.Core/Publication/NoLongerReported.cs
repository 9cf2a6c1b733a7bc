using Thb.Normalising.Places;

namespace Thb.Publication;

/// <summary>A previous cycle's row not found again: who reported it and where it was.</summary>
public sealed record NoLongerReported(string ContributorId, IReadOnlyList<Place> Places);
