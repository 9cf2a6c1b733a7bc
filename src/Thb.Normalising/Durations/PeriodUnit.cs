namespace Thb.Normalising.Durations;

/// <summary>A year divided into equal parts of whole months: quarters (4), halves (2).</summary>
internal sealed record PeriodUnit(string Name, int Parts)
{
    /// <summary>The months of part <paramref name="n"/> (1-based): Q3 = 7..9, H2 = 7..12.</summary>
    public (int First, int Last) Months(int n) => (((n - 1) * 12 / Parts) + 1, n * 12 / Parts);
}
