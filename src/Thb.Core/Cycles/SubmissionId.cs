using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Thb.Cycles;

/// <summary>A submission's id (24 hexadecimal digits of the blob name's and content's SHA-256): lower-case letters, digits and hyphens, a path segment and a table key.</summary>
[JsonConverter(typeof(IdentifierJsonConverter<SubmissionId>))]
public readonly record struct SubmissionId : IIdentifier<SubmissionId>
{
    private readonly string? value;

    private SubmissionId(string value) => this.value = value;

    public static string Kind => "submission";

    /// <summary>The id's text ("" for the default value, which no parse gives).</summary>
    public string Value => value ?? "";

    /// <summary>The id <paramref name="text"/> spells; a <see cref="FormatException"/> saying why when it spells none.</summary>
    public static SubmissionId Parse(string? text) => TryParse(text, out var id, out var reason) ? id : throw new FormatException(reason);

    public static bool TryParse([NotNullWhen(true)] string? text, out SubmissionId id) => TryParse(text, out id, out _);

    /// <summary>Whether <paramref name="text"/> is such an id; when not, <paramref name="reason"/> says why in words a person can act on.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out SubmissionId id, [NotNullWhen(false)] out string? reason)
    {
        reason = Identifiers.Problem(text, Kind);
        id = reason is null ? new SubmissionId(text!) : default;
        return reason is null;
    }

    public override string ToString() => Value;

    public static implicit operator string(SubmissionId id) => id.Value;

    public static explicit operator SubmissionId(string text) => Parse(text);
}
