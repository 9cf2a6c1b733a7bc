using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>One contributor's part of the annex: where it stands, and the rows of its current accepted return (sheet order).</summary>
public sealed record AnnexSection(ContributorStatus Status, IReadOnlyList<ReturnRow> Rows)
{
    private IReadOnlyList<AnnexSubsection>? _subsections;

    /// <summary>The current return's additional tables and narrative (none for most).</summary>
    public StoredParts Parts { get; init; } = StoredParts.None;

    public Contributor Contributor => Status.Contributor;
    /// <summary>The accepted return compiled: the workbook, else (narrative alone) the Word document.</summary>
    public Submission? Submission => Status.Current ?? Status.Document;

    /// <summary>
    /// The sub-sections in annex order: the registry's, each even when empty, then headings the registry does not list,
    /// in the order the return gave them. A row under no heading (or stored before the contributor had sections) goes to
    /// the first. Empty for a contributor without sections whose rows name none.
    /// </summary>
    public IReadOnlyList<AnnexSubsection> Subsections => _subsections ??= Group();

    /// <summary>Every row in annex order: sub-section after sub-section, each in return order (the return's order without sub-sections).</summary>
    public IEnumerable<ReturnRow> InAnnexOrder => Subsections.Count == 0 ? Rows : Subsections.SelectMany(s => s.Rows);

    private List<AnnexSubsection> Group()
    {
        var known = Contributor.Sections;
        if (known.Count == 0 && Rows.All(r => r.Section is null)) return [];
        var ordered = SubmissionQueries.InSectionOrder(Rows, known);
        var titles = known.Select(t => (Title: t, Known: true)).ToList();
        foreach (var row in ordered)
            if (row.Section is { } s && !titles.Any(t => t.Title.Matches(s.Text))) titles.Add((s, false));
        return titles.Select(t => new AnnexSubsection(t.Title, t.Known,
            ordered.Where(r => r.Section is { } s ? t.Title.Matches(s.Text) : t.Title.Equals(titles[0].Title)).ToList())).ToList();
    }

    /// <summary>The Presidency's review of the current return (null without one, or when compiled without reviews).</summary>
    public Thb.Review.ContributorReview? Review { get; init; }

    /// <summary>Left out of an approved-only annex: its accepted return is not (yet) approved. Its rows are then empty.</summary>
    public bool NotApproved { get; init; }

    public bool IsApproved => Review?.IsApproved == true;
}
