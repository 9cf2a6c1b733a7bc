using System.Text;
using System.Text.RegularExpressions;
using Thb.Normalising;

namespace Thb.Cycles;

public static partial class Identifiers
{
    /// <summary>Cycle and contributor ids are blob path segments and table keys: lower-case letters, digits and hyphens.</summary>
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    public static string Require(string? id, string what) => Problem(id, what) is { } problem ? throw new ArgumentException(problem) : id!;

    /// <summary>Why <paramref name="id"/> is no valid <paramref name="what"/> id, or null when it is one.</summary>
    public static string? Problem(string? id, string what) =>
        IsValid(id) ? null : $"'{id}' is not a valid {what} id: use lower-case letters, digits and hyphens (e.g. 2012-2, czechia, eurojust).";

    /// <summary>The id a stored or optional text spells, or null for none.</summary>
    public static TId? ParseOrNull<TId>(string? text) where TId : struct, IIdentifier<TId> => text is null ? null : TId.Parse(text);

    /// <summary>The id a text from outside spells (a route value, a blob path's segment), or null when it spells none: "not found" to the caller.</summary>
    public static TId? TryOrNull<TId>(string? text) where TId : struct, IIdentifier<TId> => TId.TryParse(text, out var id, out _) ? id : null;

    /// <summary>An id made from a display name: "Czech Republic" → "czech-republic", "Bosnia & Herzegovina" → "bosnia-and-herzegovina".</summary>
    public static string FromName(string name)
    {
        var words = new StringBuilder(name.Length);
        foreach (var c in TextFolding.FoldLower(name))
            words.Append(char.IsLetterOrDigit(c) ? c : c == '&' ? " and " : ' ');
        var id = string.Join('-', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("organization", "organisation", StringComparison.Ordinal);
        return id.Length > 63 ? id[..63].TrimEnd('-') : id;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
