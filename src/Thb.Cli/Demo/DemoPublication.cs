using System.Globalization;
using System.Text;
using Thb.Annex;
using Thb.Cycles;
using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Demo;

/// <summary>
/// The demo's publication step: the priority view as `thb analysis` prints it (text and JSON) and the world map of
/// actions (SVG, as the Presidency's page shows it, and PNG, as the workbook and the document hold it).
/// </summary>
public sealed record DemoPublication(IReadOnlyList<string> Files, string Summary)
{
    public static async Task<DemoPublication> WriteAsync(PriorityService priorities, Cycle cycle, Func<string, byte[], Task<string>> write, CancellationToken cancellationToken)
    {
        var input = await priorities.InputAsync(cycle, cancellationToken);
        var view = PriorityAnalysis.Compute(input);
        var report = PriorityService.Report(input, view);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        PriorityText.Write(text, report);
        var scene = MapLayout.Build(ActionMap.From(input, view));
        var utf8 = new UTF8Encoding(false);
        string[] files =
        [
            await write($"analysis-{cycle.Id}.txt", utf8.GetBytes(text.ToString())),
            await write($"analysis-{cycle.Id}.json", utf8.GetBytes(PriorityJson.Serialize(report))),
            await write($"map-{cycle.Id}.svg", utf8.GetBytes(MapSvg.Write(scene))),
            await write($"map-{cycle.Id}.png", MapPng.Render(scene)),
        ];
        return new DemoPublication(files, Describe(view));
    }

    private static string Describe(PriorityView view)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var first = view.Countries.FirstOrDefault();
        var region = view.Regions.FirstOrDefault(r => r.Area is not null);
        return $"{N(view.Countries.Count)} third countries, {N(view.Regions.Count)} regions, {N(view.Organisations.Count)} organisations" +
               (first is null ? "" : $"; first {first.Name} ({N(first.Figures.Actions)} actions)") +
               (region is null ? "" : $", region {region.Name} ({N(region.RolledUp.Actions)} with its countries)");
    }
}
