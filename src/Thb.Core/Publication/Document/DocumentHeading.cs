namespace Thb.Publication.Document;

/// <summary>A heading of the document, its contents level (1 or 2) and the bookmark the contents entry links to.</summary>
public sealed record DocumentHeading(string Text, int Level, string Bookmark, int BookmarkId);
