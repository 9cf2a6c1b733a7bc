using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Thb.Localisation;

/// <summary>
/// One resource set (a .resx with its .fr and .de translations) read in one language through
/// <see cref="IStringLocalizer"/>, each text formatted with the language's culture. A text missing from a translation
/// falls back to English (the neutral resource); a key missing from English too is a fault and throws, so no key name
/// ever reaches a reader.
/// </summary>
public sealed class LocalisedTexts
{
    private readonly IStringLocalizer _localizer;
    private readonly string _resource;

    internal LocalisedTexts(IStringLocalizer localizer, string resource, Language language)
    {
        _localizer = localizer;
        _resource = resource;
        Language = language;
    }

    public Language Language { get; }

    public CultureInfo Culture => Language.Culture;

    /// <summary>The text of <paramref name="key"/> as written in the resource (no placeholders filled).</summary>
    public string this[string key] => Lookup(key) ?? throw Missing(key);

    /// <summary>The text of <paramref name="key"/> with its placeholders ({0}, {1:N0}, …) filled in the language's way.</summary>
    public string Format(string key, params object?[] arguments) =>
        arguments.Length == 0 ? this[key] : string.Format(Culture, this[key], arguments);

    /// <summary>Whether the resource (or its English fallback) has <paramref name="key"/>.</summary>
    public bool Has(string key) => Lookup(key) is not null;

    private string? Lookup(string key)
    {
        // ResourceManagerStringLocalizer reads the current UI culture: set it for this one look-up only (it flows with
        // the async context, so concurrent requests in other languages are not affected).
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            var text = _localizer[key];
            return text.ResourceNotFound ? null : text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private KeyNotFoundException Missing(string key) => new($"The resource {_resource} has no text '{key}' (not even in English).");
}
