namespace Thb.Demo;

/// <summary>The returns bundled with the tool (made from the 2011 reference annex), for the demo and the main job.</summary>
public static class DemoData
{
    private const string Prefix = "Thb.Demo.";

    /// <summary>File names of the bundled returns, e.g. "Returns/Austria.xlsx".</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(DemoData).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static byte[] Read(string name)
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream(Prefix + name)
                           ?? throw new FileNotFoundException($"No bundled file '{name}'.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
