namespace Thb.Portal;

/// <summary>The portal's stylesheet and script, embedded in the assembly.</summary>
internal static class PortalAssets
{
    public static byte[] Read(string name)
    {
        using var stream = typeof(PortalAssets).Assembly.GetManifestResourceStream("Thb.Portal.Assets." + name)
                           ?? throw new FileNotFoundException(name);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
