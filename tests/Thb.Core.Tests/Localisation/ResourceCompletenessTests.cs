using System.Globalization;
using System.Reflection;
using System.Resources;
using Thb.Intake.Findings;
using Thb.Localisation;

namespace Thb.Tests.Localisation;

/// <summary>
/// Every resource key exists in English, French and German, with the same placeholders; the satellite assemblies
/// answer every key in their own language; every finding code has its message in each; a missing text never shows
/// its key.
/// </summary>
public class ResourceCompletenessTests
{
    public static TheoryData<string> Sets() => [.. LocalisedResources.Sets];

    [Fact]
    public void The_resource_sets_are_found() =>
        Assert.Superset(new HashSet<string>(["FindingMessages", "FeedbackTexts", "ReturnTexts", "TemplateTexts", "ReminderTexts", "ContributorTexts", "CorrectionTexts"]),
            LocalisedResources.Sets.Select(s => Path.GetFileNameWithoutExtension(s)).ToHashSet());

    [Theory, MemberData(nameof(Sets))]
    public void Every_key_exists_in_French_and_German_and_nothing_else(string set)
    {
        var english = LocalisedResources.Read(set, Language.English).Select(p => p.Key).ToList();
        Assert.Equal(english.Count, english.Distinct().Count());
        foreach (var language in new[] { Language.French, Language.German })
        {
            var translated = LocalisedResources.Read(set, language);
            Assert.Equal(english.Order(StringComparer.Ordinal), translated.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.All(translated, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), $"{set} {language}: '{p.Key}' is empty"));
        }
    }

    /// <summary>Texts whose translation leaves out a value on purpose: a formal letter opens "Madame, Monsieur," / "Sehr geehrte Damen und Herren,", without the delegation's name.</summary>
    private static readonly string[] DropsAValue = ["ReminderTexts.resx:Greeting", "CorrectionTexts.resx:Greeting"];

    [Theory, MemberData(nameof(Sets))]
    public void The_translations_keep_the_placeholders_and_format_cleanly(string set)
    {
        static string[] Indices(string value) =>
            LocalisedResources.Placeholder().Matches(value).Select(m => m.Value.TrimStart('{').Split(':', ',', '}')[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var english = LocalisedResources.Read(set, Language.English).ToDictionary(p => p.Key, p => p.Value);
        foreach (var language in Language.All)
            foreach (var (key, value) in LocalisedResources.Read(set, language))
            {
                var kept = DropsAValue.Contains($"{Path.GetFileName(set)}:{key}") ? Indices(value).All(Indices(english[key]).Contains) : Indices(english[key]).SequenceEqual(Indices(value));
                Assert.True(kept, $"{set} {language} '{key}': placeholders {string.Join(",", Indices(value))}, English has {string.Join(",", Indices(english[key]))}");
                var arguments = Enumerable.Range(0, 12).Select(i => (object)$"<{i}>").ToArray();
                var formatted = string.Format(language.Culture, value, arguments); // throws on a stray brace
                Assert.DoesNotContain("{", formatted.Replace("{cycle}", "").Replace("{contributor}", "").Replace("{file}", ""), StringComparison.Ordinal);
            }
    }

    [Theory, MemberData(nameof(Sets))]
    public void The_satellite_assemblies_answer_every_key_in_their_own_language(string set)
    {
        var baseName = "Thb." + Path.ChangeExtension(Path.GetRelativePath("src/Thb.Core", set), null).Replace('/', '.');
        var manager = new ResourceManager(baseName, typeof(TextCatalogue).Assembly);
        var english = LocalisedResources.Read(set, Language.English).ToDictionary(p => p.Key, p => p.Value);
        foreach (var language in new[] { Language.French, Language.German })
        {
            var own = manager.GetResourceSet(CultureInfo.GetCultureInfo(language.Code), createIfNotExists: true, tryParents: false);
            Assert.NotNull(own);
            var file = LocalisedResources.Read(set, language).ToDictionary(p => p.Key, p => p.Value);
            foreach (var key in english.Keys) Assert.Equal(file[key], own!.GetString(key));
        }
    }

    [Fact]
    public void Every_finding_code_has_its_message_in_each_language()
    {
        var codes = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.True(codes.Count > 50);
        foreach (var language in Language.All)
        {
            var keys = LocalisedResources.Read("src/Thb.Core/Intake/Findings/FindingMessages.resx", language).Select(p => p.Key).ToHashSet();
            Assert.All(codes, code => Assert.Contains(code, keys));
            // Each variant belongs to a code: no message is left over from a renamed one.
            Assert.All(keys, key => Assert.Contains(key.Split('/')[0], codes));
            foreach (var code in codes)
                Assert.False(string.IsNullOrWhiteSpace(FindingMessages.Render(code, FindingMessage.With(Enumerable.Range(0, 8).Select(i => (object)$"x{i}").ToArray()), language)));
        }
    }

    [Theory, MemberData(nameof(Sets))]
    public void No_sentence_is_left_in_English_in_a_translation(string set)
    {
        var english = LocalisedResources.Read(set, Language.English).ToDictionary(p => p.Key, p => p.Value);
        foreach (var language in new[] { Language.French, Language.German })
        {
            var same = LocalisedResources.Read(set, language)
                .Where(p => p.Value == english[p.Key] && LocalisedResources.Placeholder().Replace(p.Value, "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 3)
                .Select(p => p.Key).ToList();
            Assert.True(same.Count == 0, $"{set} {language}: the same as English: {string.Join(", ", same)}");
        }
    }

    [Fact]
    public void A_text_missing_from_a_translation_falls_back_to_English_and_a_missing_key_never_shows()
    {
        var french = TextCatalogue.For(typeof(FallbackTexts), Language.French);
        Assert.Equal("En français", french["Translated"]);
        Assert.Equal("Only in English", french["OnlyEnglish"]);
        Assert.False(french.Has("Nowhere"));
        var e = Assert.Throws<KeyNotFoundException>(() => french["Nowhere"]);
        Assert.Contains("Nowhere", e.Message);
    }

    [Fact]
    public void The_test_resources_are_not_taken_for_the_product_ones() =>
        Assert.DoesNotContain(LocalisedResources.Sets, s => s.Contains("FallbackTexts", StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "8 December 2026", "Tuesday 8 December 2026")]
    [InlineData("fr", "8 décembre 2026", "mardi 8 décembre 2026")]
    [InlineData("de", "8. Dezember 2026", "Dienstag, 8. Dezember 2026")]
    public void Brussels_dates_are_written_the_language_s_way(string code, string date, string longDate)
    {
        var language = Language.Parse(code);
        Assert.Equal(date, LocalisedDates.Date(new DateOnly(2026, 12, 8), language));
        Assert.Equal(longDate, LocalisedDates.LongDate(new DateOnly(2026, 12, 8), language));
    }

    [Fact]
    public void The_first_of_the_month_is_the_premier_in_French() =>
        Assert.Equal("1er décembre 2026", LocalisedDates.Date(new DateOnly(2026, 12, 1), Language.French));
}
