using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Thb.Localisation;

namespace Thb.Tests.Localisation;

/// <summary>
/// The .resx files of Thb.Core read as they are written (key → value per language), and the English phrases that must
/// not be left in a text rendered in French or German. Shared with the integration tests (linked there).
/// </summary>
public static partial class LocalisedResources
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ThbFunctions.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("Could not find the repository root (ThbFunctions.sln) above the test output.");
        }
    }

    /// <summary>Every neutral (English) .resx of Thb.Core, relative to the repository.</summary>
    public static IReadOnlyList<string> Sets { get; } = Directory
        .GetFiles(Path.Combine(RepositoryRoot, "src", "Thb.Core"), "*.resx", SearchOption.AllDirectories)
        .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
        .Where(p => Path.GetFileNameWithoutExtension(p).IndexOf('.') < 0)
        .Select(p => Path.GetRelativePath(RepositoryRoot, p))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static string PathIn(string set, Language language) =>
        language.IsEnglish ? set : set[..^".resx".Length] + "." + language.Code + ".resx";

    /// <summary>The keys and values of one language's file of a set, in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(string set, Language language)
    {
        var path = Path.Combine(RepositoryRoot, PathIn(set, language));
        return XDocument.Load(path).Root!.Elements("data")
            .Select(d => new KeyValuePair<string, string>((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""))
            .ToList();
    }

    /// <summary>
    /// The English phrases of every set that a text rendered in <paramref name="language"/> must not contain: the
    /// pieces between placeholders of each English value that differs from its translation, when a piece has at least
    /// two words and ten characters and the translation does not contain it itself.
    /// </summary>
    public static IReadOnlyList<(string Key, string Phrase)> EnglishPhrases(Language language, Func<string, bool>? keep = null)
    {
        var phrases = new List<(string, string)>();
        foreach (var set in Sets)
        {
            var translated = Read(set, language).ToDictionary(p => p.Key, p => p.Value);
            foreach (var (key, english) in Read(set, Language.English))
            {
                var name = $"{Path.GetFileNameWithoutExtension(set)}:{key}";
                if (keep is not null && !keep(name)) continue;
                if (!translated.TryGetValue(key, out var other) || other == english) continue;
                foreach (var piece in Placeholder().Split(english).Select(p => p.Trim(' ', '.', ',', ';', ':', '(', ')', '"', '“', '”', '—', '-', '|')))
                    if (piece.Length >= 10 && piece.Contains(' ') && !other.Contains(piece, StringComparison.Ordinal)) phrases.Add((name, piece));
            }
        }
        return phrases;
    }

    /// <summary>The English phrases found in <paramref name="rendered"/>, as "set:key: phrase" (none when all is translated).</summary>
    public static IReadOnlyList<string> EnglishLeftIn(string rendered, Language language, Func<string, bool>? keep = null)
    {
        var flat = Whitespace().Replace(WebUtility.HtmlDecode(rendered), " ");
        return EnglishPhrases(language, keep).Where(p => flat.Contains(p.Phrase, StringComparison.Ordinal)).Select(p => $"{p.Key}: {p.Phrase}").Distinct().ToList();
    }

    /// <summary>Every text of an .xlsx package: text nodes and attribute values of all its XML parts.</summary>
    public static string TextOf(byte[] xlsx, Func<string, bool>? part = null)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var texts = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".vml", StringComparison.Ordinal)))
        {
            if (part is not null && !part(entry.FullName)) continue;
            using var stream = entry.Open();
            var document = XDocument.Load(stream);
            texts.AddRange(document.DescendantNodes().OfType<XText>().Select(t => t.Value));
            texts.AddRange(document.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Value));
        }
        return string.Join("\n", texts);
    }

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    public static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
