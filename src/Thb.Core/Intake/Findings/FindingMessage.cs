using System.Globalization;
using Thb.Intake.Returns;

namespace Thb.Intake.Findings;

/// <summary>
/// What a finding says before it is put into words: which of its code's messages (the code's own, or a variant of it,
/// e.g. "file.other-format/word") and the values that fill it — texts, numbers, dates, instants (Brussels time) and
/// annex columns (each language names its header). <see cref="FindingMessages"/> writes it in a delegation's language.
/// </summary>
public sealed class FindingMessage : IEquatable<FindingMessage>
{
    private FindingMessage(string? variant, IReadOnlyList<object> arguments)
    {
        VariantName = variant;
        Arguments = arguments;
    }

    /// <summary>Null for the code's own message.</summary>
    public string? VariantName { get; }

    /// <summary>Each a string, long, decimal, DateOnly, DateTimeOffset or <see cref="ReturnColumn"/>.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The code's own message, filled with <paramref name="arguments"/>.</summary>
    public static FindingMessage With(params object?[] arguments) => new(null, Typed(arguments));

    /// <summary>A variant of the code's message (the key "code/variant").</summary>
    public static FindingMessage Variant(string variant, params object?[] arguments) => new(variant, Typed(arguments));

    /// <summary>The resource key of this message for a finding of <paramref name="code"/>.</summary>
    public string KeyFor(string code) => VariantName is null ? code : $"{code}/{VariantName}";

    /// <summary>Numbers as long or decimal and anything else that is not a date, instant or column as its text, so a message read back from storage equals the one written.</summary>
    private static object[] Typed(object?[] arguments) => arguments.Select(a => a switch
    {
        null => "",
        string or long or decimal or DateOnly or DateTimeOffset or ReturnColumn => a,
        int i => (long)i,
        double d => (decimal)d,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => a.ToString() ?? "",
    }).ToArray();

    internal static FindingMessage Read(string? variant, IReadOnlyList<object> arguments) => new(variant, arguments);

    public bool Equals(FindingMessage? other) => other is not null && VariantName == other.VariantName && Arguments.SequenceEqual(other.Arguments);

    public override bool Equals(object? obj) => Equals(obj as FindingMessage);

    public override int GetHashCode() => HashCode.Combine(VariantName, Arguments.Count);
}
