using Thb.Json;
using Thb.Intake.Findings;
using Thb.Intake.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>One cell to mark: its worst severity and a line of comment per finding.</summary>
internal sealed record CellMark(FindingSeverity Severity, IReadOnlyList<string> Lines);
