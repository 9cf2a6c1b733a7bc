namespace Thb.Normalising.Durations;

/// <summary>How much of a <see cref="PartialDate"/> was written.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
