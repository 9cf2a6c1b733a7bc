using System.CommandLine;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.Cli.Commands;

/// <summary>`thb submit FILE --cycle ID --contributor ID`: upload a return and (unless --no-process) run the intake on it here.</summary>
public sealed class SubmitCommand : StorageCommand
{
    private readonly Argument<string> _file;
    private readonly Option<string> _cycle = CliOptions.Id("--cycle", "cycle", "The cycle.", required: true);
    private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "The contributor the return is from.", required: true);
    private readonly Option<bool> _noProcess = CliOptions.Flag("--no-process", "Only upload; the intake function processes it.");
    private readonly Option<string?> _saveFeedback = CliOptions.Text("--save-feedback", "DIR", "Save the feedback workbook to this folder.");

    public SubmitCommand(CliContext context)
        : base("submit", "Upload a return to returns/{cycle}/{contributor}/ and process it in-process (exit 0 accepted, 3 rejected).", context)
    {
        _file = CliOptions.ExistingFile("FILE", "The return workbook to submit.", context);
        Add(_file);
        Add(_cycle);
        Add(_contributor);
        Add(_noProcess);
        Add(_saveFeedback);
    }

    /// <summary>The intake stores blobs and table entities; it sends no queue message.</summary>
    protected override StorageKinds Uses => StorageKinds.ContainersAndTables;

    /// <summary>The check's vocabularies and gazetteer are built on the other core while storage is opened and the upload goes up.</summary>
    protected override void Prepare(ParseResult args)
    {
        if (!args.GetValue(_noProcess)) CheckWarmUp.Start();
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var path = context.FullPath(args.GetRequiredValue(_file));
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var upload = await CliProgress.RunAsync(context, $"Uploading {Path.GetFileName(path)} ({bytes.Length / 1048576.0:0.0} MB)…",
            _ => ReturnUploads.UploadByContentAsync(services.Storage, bytes, Path.GetFileName(path),
                args.RequiredId<CycleId>(_cycle), args.RequiredId<ContributorId>(_contributor), services.Clock.GetUtcNow(), cancellationToken));
        context.Out.WriteLine(upload.AlreadyThere
            ? $"{Path.GetFileName(path)} was already uploaded as returns/{upload.BlobName} (same content); nothing new was written."
            : $"Uploaded {Path.GetFileName(path)} to returns/{upload.BlobName}.");
        if (args.GetValue(_noProcess))
        {
            context.Out.WriteLine("Not processed here (--no-process): the intake function picks it up.");
            return ExitCodes.Ok;
        }

        var result = await CliProgress.RunAsync(context, $"Checking {Path.GetFileName(path)}…", _ => services.Intake.ProcessAsync(upload, cancellationToken))
                     ?? throw new InvalidOperationException($"returns/{upload.BlobName} disappeared before it could be processed.");
        PrintResult(context.Out, result);
        if (args.GetValue(_saveFeedback) is { } folder && result.Submission.FeedbackBlob is { } feedback)
        {
            var target = Path.Combine(Path.GetFullPath(folder, context.WorkingDirectory), Path.GetFileName(feedback));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await services.Storage.Container(StorageNames.Containers.Feedback).GetBlobClient(feedback).DownloadToAsync(target, cancellationToken);
            context.Out.WriteLine($"Feedback workbook saved to {Path.GetRelativePath(context.WorkingDirectory, target)}");
        }
        return result.Submission.Status.IsAccepted() ? ExitCodes.Ok : ExitCodes.Rejected;
    }

    public static void PrintResult(TextWriter output, IntakeResult result)
    {
        var s = result.Submission;
        var state = result.IsCurrent ? "it is now the current return" : s.Status.IsAccepted() ? "a later upload stays current" : "not current";
        output.WriteLine($"{s.FileName}: {Thb.Json.KebabCase.Of(s.Status).ToUpperInvariant()} — submission {s.Id}{(result.Replayed ? " (already processed)" : "")}, " +
                         $"{s.Rows} row(s), {s.Errors} error(s), {s.Warnings} warning(s){(s.Late ? ", LATE" : "")}; {state}.");
        VerdictPrinter.PrintFindings(output, s.Findings);
        if (s.FeedbackBlob is not null) output.WriteLine($"Feedback workbook: feedback/{s.FeedbackBlob}");
    }
}
