namespace Thb.Intake.Findings;

/// <summary>How much a finding weighs: an error rejects the return, a warning or info does not.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}
