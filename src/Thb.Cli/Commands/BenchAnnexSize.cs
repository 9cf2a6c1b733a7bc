using System.Globalization;

namespace Thb.Cli.Commands;

/// <summary>
/// The size of a generated annex, from --contributors (32), --rows (500 each) and --description-chars (1,000), as the
/// annex and publication benchmarks take it.
/// </summary>
public sealed record BenchAnnexSize(int Contributors, int RowsEach, int DescriptionChars)
{
    public static IReadOnlySet<string> Options { get; } = new HashSet<string> { "contributors", "rows", "description-chars" };

    public static BenchAnnexSize From(ParsedArguments args)
    {
        var size = new BenchAnnexSize(args.Int("contributors") ?? 32, args.Int("rows") ?? 500, args.Int("description-chars") ?? 1000);
        if (size.Contributors is < 1 or > 500 || size.RowsEach is < 0 or > 100_000 || size.DescriptionChars is < 0 or > 1_000_000)
            throw new UsageException("--contributors 1..500, --rows 0..100000, --description-chars 0..1000000.");
        return size;
    }

    /// <summary>"32 contributors × 500 rows × 1000-character descriptions (16000 rows), 2 CPU(s), .NET 10.0.x."</summary>
    public override string ToString() =>
        $"{Contributors.ToString(CultureInfo.InvariantCulture)} contributors × {RowsEach.ToString(CultureInfo.InvariantCulture)} rows × " +
        $"{DescriptionChars.ToString(CultureInfo.InvariantCulture)}-character descriptions ({(Contributors * RowsEach).ToString(CultureInfo.InvariantCulture)} rows), " +
        $"{Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)} CPU(s), .NET {Environment.Version}";
}
