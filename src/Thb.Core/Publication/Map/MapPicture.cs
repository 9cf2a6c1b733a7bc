namespace Thb.Publication.Map;

/// <summary>The map as a PNG with its pixel size and the description a reader is given in place of the picture.</summary>
public sealed record MapPicture(byte[] Png, int Width, int Height, string Description)
{
    /// <summary>Lays the map out and renders it (twice its pixel size, for print).</summary>
    public static MapPicture Of(ActionMap map, float scale = 2f)
    {
        var scene = MapLayout.Build(map);
        return new MapPicture(MapPng.Render(scene, scale), scene.Width, scene.Height, scene.Description);
    }
}
