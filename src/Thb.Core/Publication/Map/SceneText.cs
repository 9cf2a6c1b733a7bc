namespace Thb.Publication.Map;

public sealed record SceneText(float X, float Y, string Text, float Size, string Color, bool Bold = false, bool Italic = false);
