using System.Globalization;
using System.Xml;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>One sheet entry of workbook.xml: its name, its position among the sheets and the part it is in.</summary>
internal sealed record WorkbookSheet(string Name, int Position, string? PartPath);
