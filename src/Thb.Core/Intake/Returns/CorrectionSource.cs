namespace Thb.Intake.Returns;

/// <summary>Where a corrected reading comes from (contract names: "correction" for one row, "rule" for a rule of the registry).</summary>
public enum CorrectionSource
{
    Correction,
    Rule,
}
