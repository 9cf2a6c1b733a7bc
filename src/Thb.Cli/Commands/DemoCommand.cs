using Thb.Demo;
using Thb.Reminders.Mail;

namespace Thb.Cli.Commands;

/// <summary>`thb demo`: the whole pipeline on the bundled returns, against the embedded Azurite (or THB_STORAGE).</summary>
public sealed class DemoCommand : StorageCommand
{
    public override string Name => "demo";
    public override string Usage => "thb demo [--out DIR]";
    public override string Summary => "Run the whole pipeline on bundled returns: cycle, templates, intake (one rejected then corrected), annex (workbook, exports, " +
                                      "Council document), priority countries and regions, the map, reminders.";
    protected override IEnumerable<string> CommandValueOptions => ["out"];

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outFolder = Path.GetFullPath(args.Value("out") ?? "out", context.WorkingDirectory);
        var mail = services.Reminders.Mail;
        var emailFolder = context.Environment(MailSettings.SmtpSetting) is { Length: > 0 } ? "(SMTP)" : MailSettings.DefaultOutboxFolder(context.WorkingDirectory);
        if (context.Environment(MailSettings.OutboxFolderSetting) is { Length: > 0 } configured) emailFolder = Path.GetFullPath(configured, context.WorkingDirectory);

        context.Out.WriteLine($"ThbFunctions demo — storage: {services.Storage.Description}");
        var run = new DemoRun(services, services.Reminders, outFolder, emailFolder, line => context.Out.WriteLine(line));
        var result = await run.RunAsync(cancellationToken);

        context.Out.WriteLine();
        StatusCommand.Print(context.Out, result.Cycle, result.Status);
        context.Out.WriteLine();
        context.Out.WriteLine("Files produced:");
        foreach (var (folder, about) in DemoRun.Folders)
        {
            context.Out.WriteLine($"  {about}:");
            foreach (var file in result.Files.Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == folder))
                context.Out.WriteLine($"    {Path.GetRelativePath(context.WorkingDirectory, file)}");
        }
        context.Out.WriteLine("  the reminders and the Presidency's digest:");
        foreach (var email in result.Emails) context.Out.WriteLine($"    {Path.GetRelativePath(context.WorkingDirectory, email)}");
        context.Out.WriteLine();
        context.Out.WriteLine($"Done in {watch.Elapsed.TotalSeconds:0.0} s. Next: ./thb analysis --cycle {result.Cycle.Id}, ./thb status --cycle {result.Cycle.Id}, " +
                              $"./thb rows --cycle {result.Cycle.Id} --json,");
        context.Out.WriteLine($"or the portal: ./thb serve, then open a link from ./thb links --cycle {result.Cycle.Id}");
        return ExitCodes.Ok;
    }
}
