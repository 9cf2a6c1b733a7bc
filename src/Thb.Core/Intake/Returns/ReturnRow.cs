using System.Text.Json.Serialization;
using Thb.Cycles;
using Thb.Intake.Findings;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Intake.Returns;

/// <summary>
/// One action as the delegation wrote it (raw text in every value) and as it was read: what the check produces, the
/// intake stores, and the annex, templates and portal read back. Its JSON is the contract of `thb check --json` and
/// `thb rows --json` (converters in <see cref="ReturnJson.Options"/>); stored rows carry no contributor or submission,
/// rows read back for a cycle carry both. A row of a sectioned return carries its section, and a row on another sheet
/// than the check's <see cref="ReturnCheck.Sheet"/> that sheet (both absent otherwise).
/// </summary>
public sealed record ReturnRow(
    int Row,
    PlaceList CountryRegion,
    ActionForm Form,
    RawText Description,
    RawText Partner,
    Duration Duration,
    FundingValue Funding,
    IReadOnlyList<Finding> Findings)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SectionTitle? Section { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sheet { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Contributor { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Submission { get; init; }

    /// <summary>The corrections of its readings (the Presidency's review), applied when rows are read; stored rows carry none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RowCorrection>? Corrections { get; init; }

    [JsonIgnore]
    public bool IsCorrected => Corrections is { Count: > 0 };
}
