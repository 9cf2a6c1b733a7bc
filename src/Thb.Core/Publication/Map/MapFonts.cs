using SkiaSharp;

namespace Thb.Publication.Map;

/// <summary>
/// Typefaces for the PNG. The self-contained Skia build (NativeAssets.Linux.NoDependencies) has no fontconfig, so
/// fonts are loaded from their files: Liberation Sans (Debian fonts-liberation, metric-compatible with Arial), else
/// DejaVu Sans, else whatever Skia offers.
/// </summary>
internal static class MapFonts
{
    private static readonly string[] Folders = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts"];

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("LiberationSans-Regular.ttf", "DejaVuSans.ttf", SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf", SKFontStyle.Bold));
    private static readonly Lazy<SKTypeface> ItalicFace = new(() => Load("LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf", SKFontStyle.Italic));

    public static SKTypeface For(bool bold, bool italic) => bold ? BoldFace.Value : italic ? ItalicFace.Value : RegularFace.Value;

    private static SKTypeface Load(string preferred, string fallback, SKFontStyle style)
    {
        foreach (var file in new[] { preferred, fallback })
            foreach (var folder in Folders)
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path) && SKTypeface.FromFile(path) is { } face) return face;
            }
        return SKTypeface.FromFamilyName("sans-serif", style) ?? SKTypeface.Default;
    }
}
