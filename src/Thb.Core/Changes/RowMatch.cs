using Thb.Intake.Returns;
using Thb.Publication;

namespace Thb.Changes;

/// <summary>
/// One labelled row: a current row found in the previous cycle (<see cref="ChangeLabel.Continued"/>, with both rows, the
/// score and what changed), a current row not found (<see cref="ChangeLabel.New"/>, no previous), or a previous row not
/// found again (<see cref="ChangeLabel.NoLongerReported"/>, no current).
/// </summary>
public sealed record RowMatch(ChangeLabel Label, ReturnRow? Current, ReturnRow? Previous, double? Score, RowAmendments Amendments)
{
    public static RowMatch New(ReturnRow current) => new(ChangeLabel.New, current, null, null, RowAmendments.None);

    public static RowMatch Gone(ReturnRow previous) => new(ChangeLabel.NoLongerReported, null, previous, null, RowAmendments.None);
}
