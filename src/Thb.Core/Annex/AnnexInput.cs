using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>One contributor's part of the annex: where it stands, and the rows of its current accepted return (sheet order).</summary>
public sealed record AnnexSection(ContributorStatus Status, IReadOnlyList<RowDocument> Rows)
{
    public Contributor Contributor => Status.Contributor;
    public Submission? Submission => Status.Current;
}

/// <summary>Everything an annex version is made of, read once so that the workbook and the exports agree.</summary>
public sealed record AnnexInput(Cycle Cycle, string Stem, DateTimeOffset CompiledAt, AnnexFingerprint Fingerprint, IReadOnlyList<AnnexSection> Sections)
{
    /// <summary>The sections in protocol order (the order the cycle configured).</summary>
    public IEnumerable<AnnexSection> InProtocolOrder => Sections.OrderBy(s => s.Contributor.Order).ThenBy(s => s.Contributor.Name, StringComparer.Ordinal);

    public int RowCount => Sections.Sum(s => s.Rows.Count);

    public IReadOnlyList<AnnexSection> Missing => InProtocolOrder.Where(s => s.Submission is null).ToList();
}

/// <summary>The compiled files of one version, in memory until they are stored.</summary>
public sealed record AnnexFiles(byte[] Xlsx, byte[] Csv, byte[] Json, byte[] Docx)
{
    public byte[] Get(AnnexFormat format) => format switch
    {
        AnnexFormat.Csv => Csv,
        AnnexFormat.Json => Json,
        AnnexFormat.Docx => Docx,
        _ => Xlsx,
    };
}

/// <summary>
/// The pure part of compiling: input in, the four files out. The service and `thb bench annex` both call it. The
/// publication pieces (charts and map added to the written workbook, the Council document) come from Thb.Publication.
/// </summary>
public static class AnnexBuilder
{
    public static AnnexFiles Build(AnnexInput input)
    {
        var analysis = AnnexAnalysis.Compute(input);
        var publication = Thb.Publication.PublicationBuilder.Build(input, AnnexWorkbook.Write(input, analysis));
        return new AnnexFiles(publication.Xlsx, AnnexCsv.Write(input), AnnexJson.Write(input), publication.Docx);
    }
}
