using Thb.Cycles;
using Thb.Publication;

namespace Thb.Changes;

/// <summary>A cycle's rows labelled against its predecessor's, per contributor in protocol order.</summary>
public sealed record CycleChanges(string CycleId, string PreviousCycleId, IReadOnlyList<ContributorChanges> Contributors)
{
    public int New => Contributors.Sum(c => c.New);
    public int Continued => Contributors.Sum(c => c.Continued);
    public int NoLongerReported => Contributors.Sum(c => c.NoLongerReported);

    /// <summary>
    /// The label of a contributor's current row (by its row and, on a section sheet, its sheet: section sheets number their
    /// rows alike), or null when it was not compared.
    /// </summary>
    public RowMatch? Of(ContributorId contributorId, int row, string? sheet = null) =>
        Contributors.FirstOrDefault(c => c.Contributor.Id == contributorId)?.Matches.FirstOrDefault(m => m.Current?.Row == row && m.Current.Sheet == sheet);

    /// <summary>The previous cycle as the publication sees it: its id and where the rows no longer reported were.</summary>
    public PreviousCycleChanges ToPublication() => new(PreviousCycleId,
        Contributors.SelectMany(c => c.Labelled(ChangeLabel.NoLongerReported).Select(m => new NoLongerReported(c.Contributor.Id, m.Previous!.CountryRegion.Places))).ToList());
}
