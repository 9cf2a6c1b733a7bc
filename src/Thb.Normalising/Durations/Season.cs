namespace Thb.Normalising.Durations;

/// <summary>A season as whole months, first to last (winter: 12 to 2, across the new year).</summary>
internal sealed record Season(string Name, int FirstMonth, int LastMonth)
{
    public bool CrossesYear => FirstMonth > LastMonth;
}
