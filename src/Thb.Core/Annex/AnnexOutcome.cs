namespace Thb.Annex;

/// <summary>What a compile request came to: a new version, or the existing one because nothing changed.</summary>
public sealed record AnnexOutcome(string CycleId, AnnexVersion Version, bool Compiled);
