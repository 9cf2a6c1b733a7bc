using Thb.Intake.Returns;
using Thb.Localisation;

namespace Thb.Intake.Findings;

/// <summary>
/// Each finding's message by its code (FindingMessages.resx, .fr.resx, .de.resx: key = the code, or "code/variant"),
/// filled with its arguments in a delegation's language: numbers and dates the language's way, annex columns by the
/// header the language's template shows.
/// </summary>
public static class FindingMessages
{
    public static string Render(string code, FindingMessage message, Language language)
    {
        var texts = TextCatalogue.For(typeof(FindingMessages), language);
        var arguments = message.Arguments.Select(a => a is ReturnColumn column ? ReturnTexts.Header(column, language) : a).ToArray();
        return texts.Format(message.KeyFor(code), arguments);
    }

    /// <summary>The finding's message in <paramref name="language"/>; a finding made from a text alone keeps its text.</summary>
    public static string In(this Finding finding, Language language) =>
        finding.Text is { } message ? Render(finding.Code, message, language) : finding.Message;
}
