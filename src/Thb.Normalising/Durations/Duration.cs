namespace Thb.Normalising.Durations;

/// <summary>A normalised duration. <see cref="Raw"/> is the cell text exactly as read (null becomes "").</summary>
public sealed record Duration(string Raw, DurationKind Kind, PartialDate? Start, PartialDate? End, bool Ongoing);
