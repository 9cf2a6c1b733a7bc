using Thb.Intake.Normalising.Places;
using Xunit.Abstractions;

namespace Thb.Tests.Normalising.Places;

/// <summary>
/// Not a check: a report for people. Set THB_PLACES_ANNEX to the text of the 2011 reference annex
/// (e.g. /work/shared/reference/000_baf03183cda6a92a.txt) and run
/// <c>dotnet test --filter ReferenceAnnexReport --logger "console;verbosity=detailed"</c> to print what every
/// first-column cell of its tables normalises to. Without the variable it does nothing.
/// </summary>
public sealed class ReferenceAnnexReport(ITestOutputHelper output)
{
    [Fact]
    public void PrintFirstColumnCells()
    {
        var path = Environment.GetEnvironmentVariable("THB_PLACES_ANNEX");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return;
        }

        var cells = File.ReadLines(path)
            .Select(l => l.Split('\t'))
            .Where(cols => cols.Length >= 2 && !string.IsNullOrWhiteSpace(cols[0]))
            .Select(cols => cols[0].Trim())
            .Distinct(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            var result = PlaceNormaliser.Normalise(cell);
            output.WriteLine($"{cell}\t[{string.Join(" ", result.CountryCodes)}]\t{string.Join(" | ", result.Places)}");
        }
    }
}
