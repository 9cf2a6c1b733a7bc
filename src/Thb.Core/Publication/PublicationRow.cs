using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Publication;

/// <summary>
/// One action: the six cells exactly as the delegation wrote them, and how they were read (places, form, duration,
/// funding). <paramref name="Change"/> is its label against the previous cycle, when one was worked out, and
/// <paramref name="Amendments"/> what changed in a continued row.
/// </summary>
public sealed record PublicationRow(
    int Row,
    AnnexCells Cells,
    IReadOnlyList<Place> Places,
    ActionCategory? Form,
    Duration Duration,
    FundingValue Funding,
    RowChange? Change = null,
    RowAmendments Amendments = RowAmendments.None);
