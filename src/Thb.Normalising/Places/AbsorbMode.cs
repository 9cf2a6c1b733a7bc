namespace Thb.Normalising.Places;

/// <summary>What happens to a country named right after an organisation (see <c>organisations.json</c>).</summary>
internal enum AbsorbMode
{
    None,
    Mission,
    Field,
}
