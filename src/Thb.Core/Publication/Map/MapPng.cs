using SkiaSharp;

namespace Thb.Publication.Map;

/// <summary>The map as a PNG (SkiaSharp), for the annex workbook and the Council document.</summary>
public static class MapPng
{
    /// <summary>Draws the scene at <paramref name="scale"/> times its pixel size (2 for print).</summary>
    public static byte[] Render(MapScene scene, float scale = 2f)
    {
        var info = new SKImageInfo((int)Math.Ceiling(scene.Width * scale), (int)Math.Ceiling(scene.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not make a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, Color = Colour(MapColours.Border) };
        using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1f };
        Shapes(canvas, scene.Shapes, fill, stroke);
        if (scene.Inset is { } inset)
        {
            Box(canvas, inset.Frame, fill, line);
            canvas.Save();
            canvas.ClipRect(SKRect.Create(inset.Frame.X, inset.Frame.Y, inset.Frame.Width, inset.Frame.Height));
            Shapes(canvas, inset.Shapes, fill, stroke);
            canvas.Restore();
            line.Color = Colour(inset.Frame.Stroke ?? MapColours.Muted);
            canvas.DrawRect(SKRect.Create(inset.Frame.X, inset.Frame.Y, inset.Frame.Width, inset.Frame.Height), line);
        }
        foreach (var l in scene.Lines)
        {
            line.Color = Colour(l.Stroke);
            canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, line);
        }
        foreach (var box in scene.Boxes) Box(canvas, box, fill, line);
        using var ink = new SKPaint { IsAntialias = true };
        foreach (var text in scene.Texts)
        {
            using var font = new SKFont(MapFonts.For(text.Bold, text.Italic), text.Size);
            ink.Color = Colour(text.Color);
            canvas.DrawText(text.Text, text.X, text.Y, SKTextAlign.Left, font, ink);
        }

        // One PNG filter (Sub) for every row instead of trying all five on each: flat map colours compress as well, and
        // the encoder's filter search was most of the picture's encoding time.
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6)) ?? throw new InvalidOperationException("The map could not be encoded as PNG.");
        return data.ToArray();
    }

    private static void Shapes(SKCanvas canvas, IReadOnlyList<SceneShape> shapes, SKPaint fill, SKPaint stroke)
    {
        foreach (var shape in shapes)
        {
            using var builder = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
            foreach (var ring in shape.Rings)
            {
                builder.MoveTo(ring[0].X, ring[0].Y);
                for (var i = 1; i < ring.Count; i++) builder.LineTo(ring[i].X, ring[i].Y);
                builder.Close();
            }
            using var path = builder.Detach();
            fill.Color = Colour(shape.Fill);
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, stroke);
        }
    }

    private static void Box(SKCanvas canvas, SceneBox box, SKPaint fill, SKPaint line)
    {
        var rect = SKRect.Create(box.X, box.Y, box.Width, box.Height);
        fill.Color = Colour(box.Fill);
        canvas.DrawRect(rect, fill);
        if (box.Stroke is not { } stroke) return;
        line.Color = Colour(stroke);
        canvas.DrawRect(rect, line);
    }

    private static SKColor Colour(string hex) => SKColor.Parse(hex);
}
