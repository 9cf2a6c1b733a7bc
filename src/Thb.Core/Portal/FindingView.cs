using Thb.Intake.Findings;

namespace Thb.Portal;

/// <summary>A finding as shown on the page: severity (error, warning, info), where in the workbook, and what to do.</summary>
public sealed record FindingView(FindingSeverity Severity, string Where, string Message);
