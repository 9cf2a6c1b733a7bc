namespace Thb.Normalising.Durations;

/// <summary>What the words around a date make of it (a higher value wins when several apply).</summary>
internal enum ItemRole
{
    None,
    OpenStart,
    Until,
    Signed,
    Force,
    Update,
}
