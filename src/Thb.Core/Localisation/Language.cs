using System.Globalization;

namespace Thb.Localisation;

/// <summary>
/// The language a delegation reads us in: English (the default, and <c>default(Language)</c>), French or German.
/// Written as its ISO 639-1 code in the contributors CSV, the registry and JSON ("en", "fr", "de").
/// </summary>
public readonly struct Language : IEquatable<Language>
{
    private static readonly string[] Codes = ["en", "fr", "de"];
    private static readonly string[] Names = ["English", "Français", "Deutsch"];

    /// <summary>Brussels is where the texts are read: British English, Belgian French and German (dates and numbers).</summary>
    private static readonly CultureInfo[] Cultures =
        [CultureInfo.GetCultureInfo("en-GB"), CultureInfo.GetCultureInfo("fr-BE"), CultureInfo.GetCultureInfo("de-BE")];

    private readonly int _index;

    private Language(int index) => _index = index;

    public static Language English => new(0);

    public static Language French => new(1);

    public static Language German => new(2);

    /// <summary>Every supported language, English first.</summary>
    public static IReadOnlyList<Language> All { get; } = [English, French, German];

    /// <summary>"en, fr, de": what an error message offers.</summary>
    public static string Supported => string.Join(", ", Codes);

    public string Code => Codes[_index];

    /// <summary>The language's own name ("Français"), for a language switch.</summary>
    public string NativeName => Names[_index];

    /// <summary>The culture dates, numbers and resources are taken from.</summary>
    public CultureInfo Culture => Cultures[_index];

    public bool IsEnglish => _index == 0;

    /// <summary>Reads "fr", "FR" or " de "; false for anything else (an empty text is not a language either).</summary>
    public static bool TryParse(string? text, out Language language)
    {
        language = English;
        var code = text?.Trim().ToLowerInvariant();
        var at = Array.IndexOf(Codes, code);
        if (at < 0) return false;
        language = new Language(at);
        return true;
    }

    /// <summary>The language of <paramref name="text"/>, or a <see cref="FormatException"/> that lists the supported ones.</summary>
    public static Language Parse(string? text) =>
        TryParse(text, out var language) ? language : throw new FormatException(Problem(text));

    /// <summary>What to tell the person who wrote <paramref name="text"/> as a language.</summary>
    public static string Problem(string? text) => $"unknown language '{text}': use one of {Supported}.";

    public bool Equals(Language other) => _index == other._index;

    public override bool Equals(object? obj) => obj is Language other && Equals(other);

    public override int GetHashCode() => _index;

    public static bool operator ==(Language left, Language right) => left.Equals(right);

    public static bool operator !=(Language left, Language right) => !left.Equals(right);

    public override string ToString() => Code;
}
