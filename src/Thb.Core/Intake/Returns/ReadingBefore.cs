using System.Text.Json.Serialization;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Intake.Returns;

/// <summary>The reading a correction replaced, in the row's own shape: exactly one of the four is set.</summary>
public sealed record ReadingBefore(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PlaceList? CountryRegion = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ActionForm? Form = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Duration? Duration = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FundingValue? Funding = null);
