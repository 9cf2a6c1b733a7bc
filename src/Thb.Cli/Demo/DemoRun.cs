using System.Diagnostics;
using Thb.Annex;
using Thb.Cli;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Localisation;
using Thb.Reminders;
using Thb.Storage;

namespace Thb.Demo;

/// <summary>
/// The whole pipeline on bundled data, as a newcomer's first look: a fresh cycle of eight contributors, their templates,
/// returns from the 2011 annex submitted through the intake (one rejected, then corrected; Europol's narrative and
/// agreement tables; the Commission's three sub-sections), the consolidated annex (with its priority sheet, charts and
/// map, and the Council document), the priority view and the map as `thb analysis` gives them, and a reminder sweep for
/// the one still missing. Every step uses the same services as the functions.
/// </summary>
public sealed class DemoRun(CommandServices services, ReminderService reminders, string outFolder, string emailFolder, Action<string> progress)
{
    /// <summary>France reads us in French and Germany in German (template, feedback, reminder); the others in English.</summary>
    public static readonly IReadOnlyList<Contributor> Contributors =
    [
        new(ContributorId.Parse("austria"), "Austria", ContributorKind.MemberState, 1, ["thb-focal-point@austria.example"]),
        new(ContributorId.Parse("bulgaria"), "Bulgaria", ContributorKind.MemberState, 2, ["thb-focal-point@bulgaria.example"]),
        new(ContributorId.Parse("cyprus"), "Cyprus", ContributorKind.MemberState, 3, ["thb-focal-point@cyprus.example"]),
        new(ContributorId.Parse("france"), "France", ContributorKind.MemberState, 4, ["thb-focal-point@france.example"], Language: Language.French),
        new(ContributorId.Parse("germany"), "Germany", ContributorKind.MemberState, 5, ["thb-focal-point@germany.example"], Language: Language.German),
        new(ContributorId.Parse("eurojust"), "Eurojust", ContributorKind.EuBody, 6, ["external-relations@eurojust.example"]),
        new(ContributorId.Parse("europol"), "Europol", ContributorKind.EuBody, 7, ["thb@europol.example"]),
        new(ContributorId.Parse("european-commission"), "European Commission", ContributorKind.Commission, 8, ["thb-coordinator@commission.example"]) { Sections = DefaultContributors.CommissionSections },
    ];

    /// <summary>The uploads, in order: Germany's first attempt lacks its Description column and is rejected, then corrected.</summary>
    public static readonly IReadOnlyList<(string Contributor, string Resource, string FileName)> Uploads =
    [
        ("austria", "Returns/Austria.xlsx", "Austria.xlsx"),
        ("bulgaria", "Returns/Bulgaria.xlsx", "Bulgaria.xlsx"),
        ("cyprus", "Returns/Cyprus.xlsx", "Cyprus.xlsx"),
        ("germany", "Rejected/Germany-first-attempt.xlsx", "Germany-first-attempt.xlsx"),
        ("germany", "Returns/Germany.xlsx", "Germany.xlsx"),
        ("eurojust", "Returns/Eurojust.xlsx", "Eurojust.xlsx"),
        ("europol", "Returns/Europol.xlsx", "Europol.xlsx"),
        ("european-commission", "Returns/Commission.xlsx", "Commission.xlsx"),
    ];

    private const int Steps = 7;

    /// <summary>The folders of out/ in the order the demo fills them, each with what it holds.</summary>
    public static readonly IReadOnlyList<(string Folder, string About)> Folders =
    [
        ("templates", "pre-filled templates, one per contributor"),
        ("feedback", "each upload's workbook with its findings marked at their cells"),
        ("annex", "the annex: workbook (Annex, Priority countries and regions, Charts with the map …), CSV and JSON of every row, the Council document (.docx)"),
        ("publication", "the priority view (thb analysis, as text and JSON) and the world map of actions (SVG, PNG)"),
    ];

    /// <summary>Opens the demo cycle under the id given, or, when two demos start within one second, under "-2", "-3" ….</summary>
    private async Task<Cycle> OpenFreshCycleAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? id : $"{id}-{attempt}";
            try
            {
                return await services.Cycles.OpenAsync(new Cycle(CycleId.Parse(candidate),
                    "Demo — external action against trafficking in human beings, first implementation report",
                    BrusselsTime.DateAt(now).AddDays(7), CycleState.Open, [14, 7, 2],
                    PeriodStart: new DateOnly(2009, 12, 1), PeriodEnd: new DateOnly(2011, 4, 30), OwnerEmail: "presidency@council.example"),
                    Contributors, cancellationToken);
            }
            catch (CycleAlreadyExistsException) when (attempt < 20)
            {
            }
        }
    }

    public async Task<DemoResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var files = new List<string>();
        var now = services.Clock.GetUtcNow();
        PrepareOutFolder();

        var cycle = await Step(1, "Opening a fresh demo cycle", async () =>
        {
            var opened = await OpenFreshCycleAsync($"demo-{now.UtcDateTime:yyyyMMdd-HHmmss}", now, cancellationToken);
            return (opened, $"{opened.Id}: {Contributors.Count} contributors, deadline {opened.Deadline:yyyy-MM-dd} (Brussels)");
        });

        await Step(2, "Writing a template for each contributor", async () =>
        {
            var templates = await services.Templates.CreateAllAsync(cycle.Id, cancellationToken: cancellationToken);
            foreach (var template in templates) files.Add(await WriteAsync("templates", template.FileName, template.Content, cancellationToken));
            return (templates.Count, $"{templates.Count} workbooks in {Relative("templates")}");
        });

        var submissions = await Step(3, "Submitting returns through the intake", async () =>
        {
            var results = await SubmitReturnsAsync(cycle, files, cancellationToken);
            return (results, $"{results.Count} uploads, {results.Count(r => r.Submission.Status.IsAccepted())} accepted; marked-up copies in {Relative("feedback")}");
        });

        await Step(4, "Compiling the consolidated annex", async () =>
        {
            var outcome = await services.Annex.CompileAsync(cycle, force: true, cancellationToken);
            foreach (var format in AnnexFormats.All)
                files.Add(await WriteAsync("annex", $"annex-{cycle.Id}{AnnexFormats.Extension(format)}", await services.Annex.ReadAsync(outcome.Version, format, cancellationToken), cancellationToken));
            return (outcome, $"{outcome.Version.Rows} rows from {outcome.Version.Submissions.Count} returns: workbook, CSV, JSON and Council document in {Relative("annex")}");
        });

        await Step(5, "Ranking priority countries and regions, drawing the map", async () =>
        {
            var publication = await DemoPublication.WriteAsync(services.Get<PriorityService>(), cycle, (name, content) => WriteAsync("publication", name, content, cancellationToken), cancellationToken);
            files.AddRange(publication.Files);
            return (publication, $"{publication.Summary}; in {Relative("publication")}");
        });

        var emails = await Step(6, "Sweeping reminders (mail to .eml files)", async () =>
        {
            var before = Directory.Exists(emailFolder) ? Directory.GetFiles(emailFolder, "*.eml").ToHashSet() : [];
            var sweepAt = services.Clock.GetUtcNow();
            await reminders.SweepAsync(cycle, sweepAt, SweepMode.Record, cancellationToken);
            var sent = await reminders.DrainAsync(cycle.Id, sweepAt, cancellationToken);
            var written = Directory.Exists(emailFolder) ? Directory.GetFiles(emailFolder, "*.eml").Where(f => !before.Contains(f)).Order(StringComparer.Ordinal).ToList() : [];
            return ((IReadOnlyList<string>)written, $"{sent.Count} e-mail(s) written to {emailFolder}");
        });

        var status = await Step(7, "Reading the status of every contributor", async () =>
        {
            var statuses = await services.Queries.StatusAsync(cycle, cancellationToken);
            return (statuses, $"{statuses.Count(s => s.HasAccepted)} of {statuses.Count} have an accepted return");
        });

        return new DemoResult(cycle, files, emails, status, submissions);
    }

    /// <summary>Uploads each bundled return, runs the intake on it, tells its verdict and keeps its marked-up copy.</summary>
    private async Task<List<IntakeResult>> SubmitReturnsAsync(Cycle cycle, List<string> files, CancellationToken cancellationToken)
    {
        var results = new List<IntakeResult>();
        var counter = 0;
        foreach (var (contributor, resource, fileName) in Uploads)
        {
            var upload = await ReturnUploads.UploadByContentAsync(services.Storage, DemoData.Read(resource), fileName, cycle.Id, ContributorId.Parse(contributor), services.Clock.GetUtcNow(), cancellationToken);
            var result = await services.Intake.ProcessAsync(upload.BlobName, cancellationToken)
                         ?? throw new InvalidOperationException($"returns/{upload.BlobName} vanished.");
            results.Add(result);
            var s = result.Submission;
            progress($"      {contributor,-19} {fileName,-28} {Thb.Json.KebabCase.Of(s.Status),-23} {s.Rows,3} rows, {s.Errors} error(s), {s.Warnings} warning(s)");
            if (!s.Status.IsAccepted())
                foreach (var f in s.Findings.Where(f => f.Severity == Thb.Intake.Findings.FindingSeverity.Error))
                    progress($"                {f.Location}: {f.Message}");
            if (s.FeedbackBlob is not null)
            {
                var feedback = await services.Storage.Container(StorageNames.Containers.Feedback).GetBlobClient(s.FeedbackBlob).DownloadContentAsync(cancellationToken);
                var name = $"{++counter}-{contributor}-{Thb.Json.KebabCase.Of(s.Status)}-{Path.GetFileNameWithoutExtension(fileName)}-feedback.xlsx";
                files.Add(await WriteAsync("feedback", name, feedback.Value.Content.ToArray(), cancellationToken));
            }
        }
        return results;
    }

    private async Task<T> Step<T>(int number, string title, Func<Task<(T Value, string Summary)>> work)
    {
        progress($"[{number}/{Steps}] {title}…");
        var watch = Stopwatch.StartNew();
        var (value, summary) = await work();
        progress($"      {summary} ({watch.Elapsed.TotalSeconds:0.0} s)");
        return value;
    }

    /// <summary>The demo owns its out/ folder: each run replaces what the previous one wrote there.</summary>
    private void PrepareOutFolder()
    {
        foreach (var (sub, _) in Folders)
        {
            var folder = Path.Combine(outFolder, sub);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(outFolder);
    }

    private async Task<string> WriteAsync(string sub, string name, byte[] content, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(outFolder, sub);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, content, cancellationToken);
        return path;
    }

    private string Relative(string sub) => Path.Combine(Path.GetFileName(outFolder.TrimEnd(Path.DirectorySeparatorChar)), sub) + Path.DirectorySeparatorChar;
}
