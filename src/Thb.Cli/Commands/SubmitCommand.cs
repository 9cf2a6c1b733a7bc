using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Storage;

namespace Thb.Cli.Commands;

/// <summary>`thb submit FILE --cycle ID --contributor ID`: upload a return and (unless --no-process) run the intake on it here.</summary>
public sealed class SubmitCommand : StorageCommand
{
    public override string Name => "submit";
    public override string Usage => "thb submit FILE --cycle ID --contributor ID [--no-process] [--save-feedback DIR]";
    public override string Summary => "Upload a return to returns/{cycle}/{contributor}/ and process it in-process (exit 0 accepted, 3 rejected).";
    protected override IEnumerable<string> CommandValueOptions => ["cycle", "contributor", "save-feedback"];
    protected override IEnumerable<string> CommandFlagOptions => ["no-process"];

    protected override void Validate(ParsedArguments args)
    {
        var file = args.PositionalAt(0, "the workbook to submit");
        if (!File.Exists(file)) throw new UsageException($"No such file: {file}");
        Identifiers.Require(args.Required("cycle"), "cycle");
        Identifiers.Require(args.Required("contributor"), "contributor");
    }

    protected override async Task<int> RunAsync(ParsedArguments args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(args.Positional[0], context.WorkingDirectory);
        var upload = await ReturnUploads.UploadByContentAsync(services.Storage, await File.ReadAllBytesAsync(path, cancellationToken), Path.GetFileName(path),
            args.Required("cycle"), args.Required("contributor"), services.Clock.GetUtcNow(), cancellationToken);
        context.Out.WriteLine(upload.AlreadyThere
            ? $"{Path.GetFileName(path)} was already uploaded as returns/{upload.BlobName} (same content); nothing new was written."
            : $"Uploaded {Path.GetFileName(path)} to returns/{upload.BlobName}.");
        if (args.Flag("no-process"))
        {
            context.Out.WriteLine("Not processed here (--no-process): the intake function picks it up.");
            return ExitCodes.Ok;
        }

        var result = await services.Intake.ProcessAsync(upload.BlobName, cancellationToken)
                     ?? throw new InvalidOperationException($"returns/{upload.BlobName} disappeared before it could be processed.");
        PrintResult(context.Out, result);
        if (args.Value("save-feedback") is { } folder && result.Submission.FeedbackBlob is { } feedback)
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
