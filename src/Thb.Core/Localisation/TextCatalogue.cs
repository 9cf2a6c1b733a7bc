using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Thb.Localisation;

/// <summary>
/// The resource sets of Thb.Core through Microsoft.Extensions.Localization's <see cref="ResourceManagerStringLocalizerFactory"/>:
/// each marker type (TemplateTexts, FindingMessages, …) names the .resx beside it (Templates/TemplateTexts.resx,
/// .fr.resx, .de.resx). The pure writers (templates, feedback, e-mails) take their texts from here; the hosts register
/// the same factory for injection (<see cref="LocalisationServiceCollectionExtensions.AddThbLocalisation"/>).
/// </summary>
public static class TextCatalogue
{
    public static IStringLocalizerFactory Factory { get; } =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static readonly ConcurrentDictionary<(Type, Language), LocalisedTexts> Cache = new();

    /// <summary>The texts of <typeparamref name="TResource"/>'s resource set in <paramref name="language"/>.</summary>
    public static LocalisedTexts For<TResource>(Language language) => For(typeof(TResource), language);

    public static LocalisedTexts For(Type resource, Language language) =>
        Cache.GetOrAdd((resource, language), key => new LocalisedTexts(Factory.Create(key.Item1), key.Item1.FullName!, key.Item2));
}
