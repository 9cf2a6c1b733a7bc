using System.CommandLine;
using System.Globalization;

namespace Thb.Cli.Commands;

/// <summary>
/// The size of a generated annex, from --contributors (32), --rows (500 each) and --description-chars (1,000), as the
/// annex and publication benchmarks take it.
/// </summary>
public sealed record BenchAnnexSize(int Contributors, int RowsEach, int DescriptionChars)
{
    /// <summary>"32 contributors × 500 rows × 1000-character descriptions (16000 rows), 2 CPU(s), .NET 10.0.x."</summary>
    public override string ToString() =>
        $"{Contributors.ToString(CultureInfo.InvariantCulture)} contributors × {RowsEach.ToString(CultureInfo.InvariantCulture)} rows × " +
        $"{DescriptionChars.ToString(CultureInfo.InvariantCulture)}-character descriptions ({(Contributors * RowsEach).ToString(CultureInfo.InvariantCulture)} rows), " +
        $"{Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)} CPU(s), .NET {Environment.Version}";

    /// <summary>The three options, declared on a benchmark's command and read back from its parse.</summary>
    public sealed class Options
    {
        private readonly Option<int> _contributors = CliOptions.Int("--contributors", "How many contributors.", 32, 1, 500);
        private readonly Option<int> _rows = CliOptions.Int("--rows", "Rows per contributor.", 500, 0, 100_000);
        private readonly Option<int> _descriptionChars = CliOptions.Int("--description-chars", "Characters in each row's description.", 1000, 0, 1_000_000);

        public Options(Command command)
        {
            command.Add(_contributors);
            command.Add(_rows);
            command.Add(_descriptionChars);
        }

        public BenchAnnexSize From(ParseResult args) => new(args.GetValue(_contributors), args.GetValue(_rows), args.GetValue(_descriptionChars));
    }
}
