namespace Thb.Publication.Map;

public sealed record SceneLine(float X1, float Y1, float X2, float Y2, string Stroke);
