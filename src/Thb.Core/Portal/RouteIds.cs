using Thb.Cycles;

namespace Thb.Portal;

/// <summary>
/// The HTTP edge: route values as the host binds them (text) made ids once, for the handlers. A text that is no id
/// is null, which the handlers answer as they answer an unknown id (403 without a grant for it, else "not found").
/// </summary>
public static class RouteIds
{
    public static CycleId? Cycle(string? text) => Identifiers.TryOrNull<CycleId>(text);

    public static ContributorId? Contributor(string? text) => Identifiers.TryOrNull<ContributorId>(text);

    public static SubmissionId? Submission(string? text) => Identifiers.TryOrNull<SubmissionId>(text);
}
