namespace Thb.Publication.Map;

/// <summary>
/// The Equal Earth map projection (Šavrič, Patterson, Jenny 2018): equal-area, for world maps. Gives x in about ±2.71
/// and y in about ±1.32 (north up) for longitude and latitude in degrees.
/// </summary>
public static class EqualEarth
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    public const double MaxX = 2.7066297, MaxY = 1.3173627;

    public static (double X, double Y) Project(double lon, double lat)
    {
        var lambda = lon * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(lat * Math.PI / 180));
        double t2 = theta * theta, t6 = t2 * t2 * t2;
        var x = 2 * Math.Sqrt(3) * lambda * Math.Cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
        var y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x, y);
    }
}
