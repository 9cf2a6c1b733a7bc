namespace Thb.Publication.Priorities;

/// <summary>A ranked third country (<paramref name="Code"/> its ISO alpha-2) or organisation (no code), with its figures.</summary>
public sealed record PriorityEntry(int Rank, string? Code, string Name, PriorityFigures Figures);
