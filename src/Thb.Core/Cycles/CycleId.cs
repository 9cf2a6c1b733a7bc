using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Thb.Cycles;

/// <summary>A reporting cycle's id ("2012-2"): lower-case letters, digits and hyphens, a blob path segment and a table key.</summary>
[JsonConverter(typeof(IdentifierJsonConverter<CycleId>))]
public readonly record struct CycleId : IIdentifier<CycleId>
{
    private readonly string? value;

    private CycleId(string value) => this.value = value;

    public static string Kind => "cycle";

    /// <summary>The id's text ("" for the default value, which no parse gives).</summary>
    public string Value => value ?? "";

    /// <summary>The id <paramref name="text"/> spells; a <see cref="FormatException"/> saying why when it spells none.</summary>
    public static CycleId Parse(string? text) => TryParse(text, out var id, out var reason) ? id : throw new FormatException(reason);

    public static bool TryParse([NotNullWhen(true)] string? text, out CycleId id) => TryParse(text, out id, out _);

    /// <summary>Whether <paramref name="text"/> is such an id; when not, <paramref name="reason"/> says why in words a person can act on.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CycleId id, [NotNullWhen(false)] out string? reason)
    {
        reason = Identifiers.Problem(text, Kind);
        id = reason is null ? new CycleId(text!) : default;
        return reason is null;
    }

    public override string ToString() => Value;

    public static implicit operator string(CycleId id) => id.Value;

    public static explicit operator CycleId(string text) => Parse(text);
}
