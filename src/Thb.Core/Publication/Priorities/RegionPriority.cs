using Thb.Publication.Regions;

namespace Thb.Publication.Priorities;

/// <summary>
/// A ranked region, both ways: <paramref name="Named"/> counts the rows that name the region itself ("West Africa"),
/// <paramref name="RolledUp"/> those rows and every row naming one of its countries, each row once.
/// <paramref name="Area"/> is null for a region the catalogue does not define ("Middle East", "Global"): nothing rolls up.
/// <paramref name="ActiveCountries"/> are the codes of its countries with actions, most actions first.
/// </summary>
public sealed record RegionPriority(int Rank, Region? Area, string Name, PriorityFigures Named, PriorityFigures RolledUp, IReadOnlyList<string> ActiveCountries);
