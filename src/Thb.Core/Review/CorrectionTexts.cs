using Thb.Localisation;

namespace Thb.Review;

/// <summary>The correction request e-mail's words (CorrectionTexts.resx, .fr.resx, .de.resx), in the contributor's language.</summary>
public static class CorrectionTexts
{
    public static LocalisedTexts In(Language language) => TextCatalogue.For(typeof(CorrectionTexts), language);
}
