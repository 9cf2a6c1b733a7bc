using Thb.Intake.Returns;
using Thb.Tests.Architecture;
using Thb.Tests.Intake;

namespace Thb.Tests.Changes;

/// <summary>One return of the seed: who (its file's name), its language, and its rows as the check reads them.</summary>
public sealed record SeedReturn(string Contributor, string Language, IReadOnlyList<ReturnRow> Rows);

/// <summary>
/// The seed corpus as cycle 1: the five 2011 annex returns of tests/Thb.Core.Tests/Data and the 37 returns of
/// tests/corpus (English, French, German), each file one contributor, read once.
/// </summary>
public static class SeedCorpus
{
    private static readonly Lazy<IReadOnlyList<SeedReturn>> Returns = new(Read);

    public static IReadOnlyList<SeedReturn> All => Returns.Value;

    private static IReadOnlyList<SeedReturn> Read()
    {
        var corpus = Path.Combine(SourceTree.RepositoryRoot, "tests", "corpus", "files");
        var files = Samples.Names.Select(n => Samples.Path_($"{n}.xlsx"))
            .Concat(Directory.EnumerateFiles(corpus, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        return files.Select(path => new SeedReturn(Path.GetFileNameWithoutExtension(path), LanguageOf(path), ReturnChecker.Check(path).Rows))
            .Where(r => r.Rows.Count > 0).ToList();
    }

    private static string LanguageOf(string path) =>
        path.Contains("-fr-", StringComparison.Ordinal) ? "fr" : path.Contains("-de-", StringComparison.Ordinal) ? "de" : "en";
}
