using Thb.Intake.Returns;

namespace Thb.Intake;

/// <summary>What a submission holds besides its rows: its additional tables and its narrative.</summary>
public sealed record StoredParts(IReadOnlyList<AdditionalTable> Tables, IReadOnlyList<Narrative> Narrative)
{
    public static StoredParts None { get; } = new([], []);

    public bool IsEmpty => Tables.Count == 0 && Narrative.Count == 0;
}
