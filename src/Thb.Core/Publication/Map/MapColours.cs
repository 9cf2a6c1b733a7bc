using System.Globalization;

namespace Thb.Publication.Map;

/// <summary>The map's colour classes: more actions, darker blue (ColorBrewer Blues); EU Member States and countries without actions in greys.</summary>
public static class MapColours
{
    public const string NoActions = "#e4e4e4";
    public const string EuMemberState = "#c9c2b0";
    public const string Border = "#ffffff";
    public const string Text = "#1a1a1a";
    public const string Muted = "#555555";

    /// <summary>Lowest number of actions of each class, and its colour.</summary>
    public static IReadOnlyList<(int From, string Colour)> Classes { get; } =
        [(1, "#c6dbef"), (2, "#6baed6"), (4, "#3182bd"), (7, "#08519c"), (11, "#08306b")];

    public static string For(int actions) => actions <= 0 ? NoActions : Classes.Last(c => actions >= c.From).Colour;

    /// <summary>"1", "2–3", "4–6", "7–10", "11 or more".</summary>
    public static string ClassLabel(int index)
    {
        var from = Classes[index].From;
        if (index == Classes.Count - 1) return $"{from.ToString(CultureInfo.InvariantCulture)} or more";
        var to = Classes[index + 1].From - 1;
        return from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from.ToString(CultureInfo.InvariantCulture)}–{to.ToString(CultureInfo.InvariantCulture)}";
    }
}
