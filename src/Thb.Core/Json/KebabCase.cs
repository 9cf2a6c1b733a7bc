using System.Text.Json;

namespace Thb.Json;

/// <summary>
/// The one spelling of every enum of the contract outside JSON too (table entities, CSV files, console output):
/// the member name through <see cref="JsonNamingPolicy.KebabCaseLower"/>, as the JSON converter writes it
/// ("AcceptedWithWarnings" → "accepted-with-warnings"). Reading an unknown value fails with the allowed ones named.
/// </summary>
public static class KebabCase
{
    public static string Of<T>(T value) where T : struct, Enum => Names<T>.ByValue.TryGetValue(value, out var name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no member {value}.");

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum =>
        Names<T>.ByName.TryGetValue(text?.Trim() ?? "", out value);

    /// <summary>The member spelled <paramref name="text"/>; a <see cref="FormatException"/> naming the allowed values otherwise.</summary>
    public static T Parse<T>(string? text, string what) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"Unknown {what} '{text}': use {Allowed<T>()}.");

    /// <summary>"member-state, eu-body or commission".</summary>
    public static string Allowed<T>() where T : struct, Enum
    {
        var names = Names<T>.All;
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> All = Enum.GetValues<T>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())).ToList();
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));
        public static readonly Dictionary<string, T> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
    }
}
