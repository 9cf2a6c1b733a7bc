using Thb.Localisation;

namespace Thb.Templates;

/// <summary>The template's words (TemplateTexts.resx, .fr.resx, .de.resx): instructions, sheet labels, validations, examples.</summary>
public static class TemplateTexts
{
    public static LocalisedTexts In(Language language) => TextCatalogue.For(typeof(TemplateTexts), language);
}
