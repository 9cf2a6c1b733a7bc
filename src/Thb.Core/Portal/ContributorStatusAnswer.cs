using System.Text.Json.Serialization;
using Thb.Intake;

namespace Thb.Portal;

/// <summary>One contributor in the Presidency's status JSON.</summary>
public sealed record ContributorStatusAnswer(
    [property: JsonPropertyName("contributor")] string Contributor,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("state")] SubmissionState State,
    [property: JsonPropertyName("lastUpload")] DateTimeOffset? LastUpload,
    [property: JsonPropertyName("rows")] int? Rows,
    [property: JsonPropertyName("remindersSent")] int RemindersSent)
{
    public static ContributorStatusAnswer Of(ContributorStatus s, int remindersSent) =>
        new(s.Contributor.Id, s.Contributor.Name, s.State, s.Latest?.UploadedAt, (s.Current ?? s.Latest)?.Rows, remindersSent);
}
