using System.Globalization;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Json;

namespace Thb.Portal;

/// <summary>The small words and formats both pages use (English for now; a resources pass replaces them here).</summary>
public static class PortalText
{
    public static string VerdictText(UploadState status) => status switch
    {
        UploadState.Pending => "being checked",
        UploadState.Waiting => "waiting to be checked",
        UploadState.Retrying => "checking failed, retrying",
        UploadState.Failed => "could not be checked (kept; we are looking into it)",
        _ => KebabCase.Of(status).Replace('-', ' '),
    };

    public static string VerdictText(SubmissionState state) => state switch
    {
        SubmissionState.None => "nothing yet",
        SubmissionState.Checking => "being checked",
        SubmissionState.Retrying => "checking failed, retrying",
        SubmissionState.Failed => "could not be checked (file kept; look into it)",
        _ => KebabCase.Of(state).Replace('-', ' '),
    };

    public static string SeverityText(FindingSeverity severity) => severity == FindingSeverity.Info ? "note" : KebabCase.Of(severity);

    /// <summary>"1 row", "15 rows", "no errors".</summary>
    public static string Count(int n, string word) => n switch
    {
        0 => $"no {word}s",
        1 => $"1 {word}",
        _ => $"{n.ToString(CultureInfo.InvariantCulture)} {word}s",
    };

    /// <summary>An instant as a delegation reads it: "29 Nov 2026, 12:42 Brussels time".</summary>
    public static string Brussels(DateTimeOffset instant) => BrusselsShort(instant) + " Brussels time";

    public static string BrusselsShort(DateTimeOffset instant) =>
        BrusselsTime.ToBrussels(instant).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"29 November 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
