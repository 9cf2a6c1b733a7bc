namespace Thb.Publication.Charts;

/// <summary>
/// A worksheet someone else writes (the annex's priority sheet, in the annex's own styles) that
/// <see cref="WorkbookPublication"/> adds before the Charts sheet, in the same pass over the package.
/// <paramref name="Write"/> writes the whole worksheet part's XML.
/// </summary>
public sealed record AddedSheet(string Name, Action<Stream> Write);
