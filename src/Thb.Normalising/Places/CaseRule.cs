namespace Thb.Normalising.Places;

/// <summary>How an alias must be written to match.</summary>
internal enum CaseRule
{
    /// <summary>Any case ("austria", "AUSTRIA", "Austria").</summary>
    Any,

    /// <summary>An acronym: exactly as listed or in all capitals ("US", "BiH"/"BIH"; never "us").</summary>
    Exact,

    /// <summary>A name that is also a common word: the first letter must be a capital ("Turkey", not "turkey").</summary>
    Capitalised,
}
