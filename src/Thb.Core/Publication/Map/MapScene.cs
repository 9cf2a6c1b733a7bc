namespace Thb.Publication.Map;

/// <summary>
/// The map laid out once in pixels, drawn the same way as SVG (<see cref="MapSvg"/>) and as PNG (<see cref="MapPng"/>).
/// Colours are "#rrggbb".
/// </summary>
/// <remarks>Drawing order: shapes, the inset, lines, boxes, texts.</remarks>
public sealed record MapScene(int Width, int Height, string Title, string Description, IReadOnlyList<SceneShape> Shapes, SceneInset? Inset,
    IReadOnlyList<SceneBox> Boxes, IReadOnlyList<SceneLine> Lines, IReadOnlyList<SceneText> Texts);
