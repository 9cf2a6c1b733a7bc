using System.Text;
using Thb.Localisation;
using Thb.Portal.Pages;

namespace Thb.Portal;

/// <summary>
/// File names as the portal takes them from browsers and hands them out: the last path segment only, no control or
/// formatting characters, and short enough that the original name (percent-encoded, as blob metadata stores it) stays
/// far below Azure's 8 KB metadata limit.
/// </summary>
public static class PortalFileNames
{
    /// <summary>At most this many characters of a name a person typed (Windows allows 255).</summary>
    public const int MaxCharacters = 255;

    /// <summary>At most this many bytes once percent-encoded in blob metadata (a CJK character takes 9).</summary>
    public const int MaxMetadataBytes = 2048;

    /// <summary>The name an upload arrived with, or why it cannot be kept (what the person should do instead, in <paramref name="language"/>).</summary>
    public static bool TryRead(string? raw, out string name, out string? problem, Language language = default)
    {
        var texts = ContributorTexts.In(language);
        name = (raw ?? "").Split('/', '\\')[^1].Trim(); // old browsers on Windows send a whole path
        problem = null;
        if (name.Trim('.').Length == 0)
            problem = texts["FileName.None"];
        else if (HasOddCharacters(name))
            problem = texts["FileName.Odd"];
        else if (name.EnumerateRunes().Count() > MaxCharacters || Encoding.UTF8.GetByteCount(Uri.EscapeDataString(name)) > MaxMetadataBytes)
            problem = texts.Format("FileName.TooLong", MaxCharacters);
        return problem is null;
    }

    /// <summary>Control characters, text-direction overrides (which make "exe.xlsx" read as something else) and broken surrogate pairs.</summary>
    private static bool HasOddCharacters(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') return true;
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) i++;
            else if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    /// <summary>The name reduced to ASCII letters, digits, dots, dashes and underscores (for blob names and attachments), at most 120 characters.</summary>
    public static string Safe(string name)
    {
        var clean = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('.');
        if (clean.Length == 0) clean = "return.xlsx";
        return clean.Length > 120 ? clean[^120..] : clean;
    }
}
