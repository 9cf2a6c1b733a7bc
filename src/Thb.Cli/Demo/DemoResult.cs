using Thb.Cycles;
using Thb.Intake;

namespace Thb.Demo;

/// <summary>What the demo produced: its cycle, the files it wrote and where each contributor stands.</summary>
public sealed record DemoResult(Cycle Cycle, IReadOnlyList<string> Files, IReadOnlyList<string> Emails, IReadOnlyList<ContributorStatus> Status, IReadOnlyList<IntakeResult> Submissions);
