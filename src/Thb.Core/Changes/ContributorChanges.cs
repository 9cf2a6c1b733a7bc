using Thb.Cycles;

namespace Thb.Changes;

/// <summary>
/// One contributor's rows against the previous cycle, current rows in sheet order then the rows no longer reported.
/// <paramref name="Compared"/> is false while the contributor has no accepted return in this cycle: nothing is labelled
/// (its earlier actions are not "no longer reported" before it has reported at all).
/// </summary>
public sealed record ContributorChanges(Contributor Contributor, bool Compared, bool HadPreviousReturn, IReadOnlyList<RowMatch> Matches)
{
    public int New => Count(ChangeLabel.New);
    public int Continued => Count(ChangeLabel.Continued);
    public int NoLongerReported => Count(ChangeLabel.NoLongerReported);

    public IEnumerable<RowMatch> Labelled(ChangeLabel label) => Matches.Where(m => m.Label == label);

    private int Count(ChangeLabel label) => Matches.Count(m => m.Label == label);
}
