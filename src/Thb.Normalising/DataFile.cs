namespace Thb.Normalising;

/// <summary>
/// A vocabulary or gazetteer kept as data (an embedded JSON file beside the code that reads it): where its words come
/// from, how to read them, and the entries.
/// </summary>
internal sealed class DataFile<T>
{
    /// <summary>Where the entries come from (a standard, a list, or "written by hand for ThbFunctions from ...").</summary>
    public required string Source { get; init; }

    /// <summary>How to read the entries: conventions, what was left out on purpose and why.</summary>
    public string[] Notes { get; init; } = [];

    public required T[] Entries { get; init; }
}
