using System.CommandLine;
using Thb.Demo;
using Thb.Reminders.Mail;

namespace Thb.Cli.Commands;

/// <summary>`thb demo`: the whole pipeline on the bundled returns, against the embedded Azurite (or THB_STORAGE).</summary>
public sealed class DemoCommand : StorageCommand
{
    private readonly Option<string> _out = new("--out") { Description = "The folder for the files the demo produces.", HelpName = "DIR", DefaultValueFactory = _ => "out" };

    public DemoCommand(CliContext context)
        : base("demo", "Run the whole pipeline on bundled returns: cycle, templates, intake (one rejected then corrected), annex (workbook, exports, " +
                       "Council document), priority countries and regions, the map, reminders.", context) =>
        Add(_out);

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outFolder = context.FullPath(args.GetRequiredValue(_out));
        var mail = services.Reminders.Mail;
        var emailFolder = context.Environment(MailSettings.SmtpSetting) is { Length: > 0 } ? "(SMTP)" : MailSettings.DefaultOutboxFolder(context.WorkingDirectory);
        if (context.Environment(MailSettings.OutboxFolderSetting) is { Length: > 0 } configured) emailFolder = Path.GetFullPath(configured, context.WorkingDirectory);

        context.Out.WriteLine($"ThbFunctions demo — storage: {services.Storage.Description}");
        var result = await CliProgress.RunAsync(context, "Starting the demo…", progress =>
        {
            var run = new DemoRun(services, services.Reminders, outFolder, emailFolder, line =>
            {
                if (line.StartsWith('[')) progress.Status(line.Trim()); // "[3/6] Intake…"
                progress.Line(line);
            });
            return run.RunAsync(cancellationToken);
        });

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
