namespace Thb.Publication.Map;

/// <summary>An enlarged part of the map in a framed box (Europe and its neighbourhood, where most actions are), its shapes clipped to the box.</summary>
public sealed record SceneInset(SceneBox Frame, string Title, IReadOnlyList<SceneShape> Shapes);
