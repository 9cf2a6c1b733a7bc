namespace Thb.Publication.Map;

/// <summary>One country: its code, the label a screen reader says ("Serbia: 8 actions"), its fill and its rings in pixels.</summary>
public sealed record SceneShape(string Code, string Label, string Fill, IReadOnlyList<IReadOnlyList<(float X, float Y)>> Rings);
