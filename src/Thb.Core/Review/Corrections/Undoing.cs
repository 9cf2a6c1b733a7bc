namespace Thb.Review.Corrections;

/// <summary>Who took a correction or rule back, and when (it stays in the registry, inactive).</summary>
public sealed record Undoing(string By, DateTimeOffset At);
