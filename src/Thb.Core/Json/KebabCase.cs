using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Thb.Json;

/// <summary>
/// The one spelling of every enum of the contract outside JSON too (table entities, CSV files, console output):
/// the member name through <see cref="JsonNamingPolicy.KebabCaseLower"/>, as the JSON converter writes it
/// ("AcceptedWithWarnings" → "accepted-with-warnings"). Reading an unknown value fails with the allowed ones named.
/// </summary>
/// <remarks>
/// Each enum's spellings are two arrays searched in order (a contract enum has a handful of members): no dictionary,
/// LINQ or comparer over the enum type, whose code the runtime would compile afresh for each of the thirty enums in
/// every short-lived command (it cannot be precompiled into our image: some 240 methods fewer in a submit).
/// </remarks>
public static class KebabCase
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var raw = Raw(value);
        var names = Names<T>.Raw;
        for (var i = 0; i < names.Length; i++)
            if (names[i] == raw) return Names<T>.Spelled[i];
        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no member {value}.");
    }

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var wanted = text.AsSpan().Trim();
        var spelled = Names<T>.Spelled;
        for (var i = 0; i < spelled.Length; i++)
        {
            if (!wanted.Equals(spelled[i], StringComparison.OrdinalIgnoreCase)) continue;
            value = Names<T>.Members[i];
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The member spelled <paramref name="text"/>; a <see cref="FormatException"/> naming the allowed values otherwise.</summary>
    public static T Parse<T>(string? text, string what) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"Unknown {what} '{text}': use {Allowed<T>()}.");

    /// <summary>"member-state, eu-body or commission".</summary>
    public static string Allowed<T>() where T : struct, Enum
    {
        var names = Names<T>.Spelled;
        return names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    /// <summary>The member's value as a number of its own width (the same reading builds the table and looks it up).</summary>
    private static long Raw<T>(T value) where T : struct, Enum => Unsafe.SizeOf<T>() switch
    {
        1 => Unsafe.As<T, byte>(ref value),
        2 => Unsafe.As<T, ushort>(ref value),
        4 => Unsafe.As<T, int>(ref value),
        _ => Unsafe.As<T, long>(ref value),
    };

    /// <summary>The members in declaration order, their values and their spellings, index for index.</summary>
    private static class Names<T> where T : struct, Enum
    {
        public static readonly T[] Members = (T[])Enum.GetValues(typeof(T));
        public static readonly long[] Raw = new long[Members.Length];
        public static readonly string[] Spelled = new string[Members.Length];

        static Names()
        {
            for (var i = 0; i < Members.Length; i++)
            {
                Raw[i] = KebabCase.Raw(Members[i]);
                Spelled[i] = JsonNamingPolicy.KebabCaseLower.ConvertName(Members[i].ToString());
            }
        }
    }
}
