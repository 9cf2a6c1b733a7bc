namespace Thb.Intake.Findings;

/// <summary>How findings quote what a person wrote: on one line, cut with an ellipsis when long.</summary>
public static class FindingText
{
    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
