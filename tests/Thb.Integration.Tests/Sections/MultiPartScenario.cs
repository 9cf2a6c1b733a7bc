using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Thb.Annex;
using Thb.Cli;
using Thb.Cycles;
using Thb.Functions.Intake;
using Thb.Intake;
using Thb.Storage;

namespace Thb.IntegrationTests.Sections;

/// <summary>
/// A cycle of Austria, Europol and the Commission (its three sub-sections), their 2011 samples submitted through the
/// intake function on Azurite and the annex compiled; and the samples' sources (Data/returns/sources/*.json) to
/// compare with what comes out.
/// </summary>
public sealed class MultiPartScenario
{
    public required CommandServices Services { get; init; }
    public required Cycle Cycle { get; init; }
    public required AnnexOutcome Annex { get; init; }

    public static JsonElement Source(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.Returns, "sources", name + ".json"))).RootElement;

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    public static IReadOnlyList<SectionTitle> CommissionSections =>
        Source("commission").GetProperty("sections").EnumerateArray().Select(s => new SectionTitle(s.GetProperty("title").GetString()!)).ToList();

    /// <summary>The Commission's actions in source order: (section, six cells).</summary>
    public static IReadOnlyList<(string Section, IReadOnlyList<string> Cells)> CommissionRows =>
        Source("commission").GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("rows").EnumerateArray().Select(r => (s.GetProperty("title").GetString()!, Strings(r)))).ToList();

    /// <summary>A narrative's paragraphs as a reader sees them: "1. Albania" for a numbered one (numbered on until the next heading).</summary>
    public static IReadOnlyList<string> Paragraphs(string name)
    {
        var shown = new List<string>();
        var number = 0;
        foreach (var p in Source(name).GetProperty("narrative").EnumerateArray())
        {
            var (level, text) = (p[0].GetString()!, p[1].GetString()!);
            number = level == "Numbered" ? number + 1 : level.StartsWith("Heading", StringComparison.Ordinal) ? 0 : number;
            shown.Add(level == "Numbered" ? $"{number}. {text}" : text);
        }
        return shown;
    }

    public static async Task<MultiPartScenario> CreateAsync()
    {
        var services = await TestStorage.ServicesAsync();
        var cycle = await services.Cycles.OpenAsync(
            new Cycle(CycleId.Parse(TestStorage.NewCycleId("mp")), "Multi-part returns", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), CycleState.Open, [14, 7, 2]),
            [
                new Contributor(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, []),
                new Contributor(ContributorId.Parse("europol"), "Europol", ContributorKind.EuBody, 2, []),
                new Contributor(ContributorId.Parse("european-commission"), "European Commission", ContributorKind.Commission, 3, []) { Sections = CommissionSections },
            ]);
        var function = new IntakeFunction(services.Intake, NullLogger<IntakeFunction>.Instance);
        foreach (var (contributor, file) in new[] { ("austria", "Austria.xlsx"), ("europol", "Europol.xlsx"), ("european-commission", "Commission.xlsx") })
        {
            var upload = await ReturnUploads.UploadByContentAsync(services.Storage, File.ReadAllBytes(TestData.Sample(file)), file, cycle.Id, ContributorId.Parse(contributor), DateTimeOffset.UtcNow);
            await function.RunAsync(services.Storage.Container(StorageNames.Containers.Returns).GetBlobClient(upload.BlobName), CancellationToken.None);
        }
        var annex = await services.Annex.CompileAsync(cycle, force: true);
        return new MultiPartScenario { Services = services, Cycle = cycle, Annex = annex };
    }

    public Task<byte[]> ReadAsync(AnnexFormat format) => Services.Annex.ReadAsync(Annex.Version, format);
}
