using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Thb.Intake.Findings;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Feedback;

/// <summary>The cell formats the Findings sheet uses, in the order they are appended to the workbook's cellXfs.</summary>
internal enum FindingsStyle
{
    Title,
    Header,
    Body,
    Error,
    Warning,
    Info,
    Note,
}
