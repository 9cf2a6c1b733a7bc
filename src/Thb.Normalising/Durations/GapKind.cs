namespace Thb.Normalising.Durations;

/// <summary>How two dates of a cell are joined.</summary>
internal enum GapKind
{
    /// <summary>By a range connector ("-", "to", "/", nothing).</summary>
    Range,

    /// <summary>By "and", "&amp;" or ";".</summary>
    And,

    /// <summary>By other words.</summary>
    Words,
}
