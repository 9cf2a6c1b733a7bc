using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>One contributor's part of the annex: where it stands, and the rows of its current accepted return (sheet order).</summary>
public sealed record AnnexSection(ContributorStatus Status, IReadOnlyList<ReturnRow> Rows)
{
    public Contributor Contributor => Status.Contributor;
    public Submission? Submission => Status.Current;

    /// <summary>The Presidency's review of the current return (null without one, or when compiled without reviews).</summary>
    public Thb.Review.ContributorReview? Review { get; init; }

    /// <summary>Left out of an approved-only annex: its accepted return is not (yet) approved. Its rows are then empty.</summary>
    public bool NotApproved { get; init; }

    public bool IsApproved => Review?.IsApproved == true;
}
