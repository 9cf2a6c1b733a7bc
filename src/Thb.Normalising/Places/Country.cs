namespace Thb.Normalising.Places;

/// <summary>A country of the catalogue: ISO 3166-1 alpha-2 code (upper case; Kosovo = "XK") and short common English name.</summary>
public sealed record Country(string Code, string Name);
