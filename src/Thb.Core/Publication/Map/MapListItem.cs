namespace Thb.Publication.Map;

/// <summary>A region or organisation named in the rows: no territory to colour, so listed beside the map.</summary>
public sealed record MapListItem(string Kind, string Name, int Actions);
