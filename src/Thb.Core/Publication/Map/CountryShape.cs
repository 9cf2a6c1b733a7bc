namespace Thb.Publication.Map;

/// <summary>One country's outline: rings of (longitude, latitude) in degrees, outer rings and holes alike (even-odd fill).</summary>
public sealed record CountryShape(string Code, string Name, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);
