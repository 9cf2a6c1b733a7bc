namespace Thb.Publication.Map;

public sealed record SceneBox(float X, float Y, float Width, float Height, string Fill, string? Stroke);
