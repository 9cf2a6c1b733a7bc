using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Thb.Cycles;

/// <summary>A contributor's id within a cycle ("austria", "eurojust"): lower-case letters, digits and hyphens, a blob path segment and a table key.</summary>
[JsonConverter(typeof(IdentifierJsonConverter<ContributorId>))]
public readonly record struct ContributorId : IIdentifier<ContributorId>
{
    private readonly string? value;

    private ContributorId(string value) => this.value = value;

    public static string Kind => "contributor";

    /// <summary>The id's text ("" for the default value, which no parse gives).</summary>
    public string Value => value ?? "";

    /// <summary>The id <paramref name="text"/> spells; a <see cref="FormatException"/> saying why when it spells none.</summary>
    public static ContributorId Parse(string? text) => TryParse(text, out var id, out var reason) ? id : throw new FormatException(reason);

    public static bool TryParse([NotNullWhen(true)] string? text, out ContributorId id) => TryParse(text, out id, out _);

    /// <summary>Whether <paramref name="text"/> is such an id; when not, <paramref name="reason"/> says why in words a person can act on.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ContributorId id, [NotNullWhen(false)] out string? reason)
    {
        reason = Identifiers.Problem(text, Kind);
        id = reason is null ? new ContributorId(text!) : default;
        return reason is null;
    }

    public override string ToString() => Value;

    public static implicit operator string(ContributorId id) => id.Value;

    public static explicit operator ContributorId(string text) => Parse(text);
}
