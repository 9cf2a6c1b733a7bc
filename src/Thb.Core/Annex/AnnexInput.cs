using Thb.Changes;
using Thb.Cycles;

namespace Thb.Annex;

/// <summary>
/// Everything an annex version is made of, read once so that the workbook and the exports agree; <paramref name="Changes"/>
/// are its rows labelled against the previous cycle when the cycle names one.
/// </summary>
public sealed record AnnexInput(Cycle Cycle, string Stem, DateTimeOffset CompiledAt, AnnexFingerprint Fingerprint, IReadOnlyList<AnnexSection> Sections,
    CycleChanges? Changes = null)
{
    /// <summary>The sections in protocol order (the order the cycle configured).</summary>
    public IEnumerable<AnnexSection> InProtocolOrder => Sections.OrderBy(s => s.Contributor.Order).ThenBy(s => s.Contributor.Name, StringComparer.Ordinal);

    public int RowCount => Sections.Sum(s => s.Rows.Count);

    /// <summary>Compiled from approved returns only (<see cref="AnnexOptions.ApprovedOnly"/>, `thb annex --approved-only`).</summary>
    public bool ApprovedOnly { get; init; }

    public int ApprovedCount => Sections.Count(s => s.IsApproved);

    public IReadOnlyList<AnnexSection> Missing => InProtocolOrder.Where(s => s.Submission is null).ToList();

    public IReadOnlyList<AnnexSection> LeftOut => InProtocolOrder.Where(s => s.NotApproved).ToList();
}
