namespace Thb.Publication.Map;

/// <summary>Clips a polygon ring to an axis-aligned rectangle (Sutherland–Hodgman, one edge at a time).</summary>
public static class RingClipper
{
    public static List<(double X, double Y)> Clip(IReadOnlyList<(double X, double Y)> ring, double minX, double minY, double maxX, double maxY)
    {
        var points = ring.ToList();
        points = Edge(points, p => p.X >= minX, (a, b) => AtX(a, b, minX));
        points = Edge(points, p => p.X <= maxX, (a, b) => AtX(a, b, maxX));
        points = Edge(points, p => p.Y >= minY, (a, b) => AtY(a, b, minY));
        points = Edge(points, p => p.Y <= maxY, (a, b) => AtY(a, b, maxY));
        return points;
    }

    private static List<(double X, double Y)> Edge(List<(double X, double Y)> points, Func<(double X, double Y), bool> inside,
        Func<(double X, double Y), (double X, double Y), (double X, double Y)> cross)
    {
        var result = new List<(double X, double Y)>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var current = points[i];
            var previous = points[(i + points.Count - 1) % points.Count];
            if (inside(current))
            {
                if (!inside(previous)) result.Add(cross(previous, current));
                result.Add(current);
            }
            else if (inside(previous))
            {
                result.Add(cross(previous, current));
            }
        }
        return result;
    }

    private static (double X, double Y) AtX((double X, double Y) a, (double X, double Y) b, double x) => (x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));

    private static (double X, double Y) AtY((double X, double Y) a, (double X, double Y) b, double y) => (a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);
}
