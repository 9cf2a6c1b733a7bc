using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>One contributor's part of the annex: where it stands, and the rows of its current accepted return (sheet order).</summary>
public sealed record AnnexSection(ContributorStatus Status, IReadOnlyList<ReturnRow> Rows)
{
    public Contributor Contributor => Status.Contributor;
    public Submission? Submission => Status.Current;
}
