using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Json;

namespace Thb.Portal;

/// <summary>A finding as shown on the page: severity (error, warning, info), where in the workbook, and what to do.</summary>
public sealed record FindingView(FindingSeverity Severity, string Where, string Message);
