using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Thb.Cycles;
using Thb.Intake;
using Thb.Localisation;
using Thb.Portal.Pages;
using Thb.Storage;

namespace Thb.Portal;

/// <summary>
/// Takes an upload from a multipart form: every way a request can be wrong (not a form, malformed or cut-off body, no
/// file, too large, a name that cannot be kept) is a <see cref="UploadProblem"/> saying what to do. A good one is
/// stored as the CLI's `thb submit` stores it — named by its content, so the same bytes twice are one upload and one
/// submission — and queued for its check when this host runs the intake itself (`thb serve`). Its words are in the
/// language of the page the upload came from.
/// </summary>
public sealed class UploadReceiver(ThbStorage storage, TimeProvider clock, IntakeQueue? queue = null)
{
    /// <summary>Room for the form's boundaries and headers around the file.</summary>
    private const long FormSlack = 64 * 1024;

    public async Task<ReceivedUpload> ReadAsync(HttpContext http, long limit, Language language = default)
    {
        var texts = ContributorTexts.In(language);
        var tooLarge = texts.Format("Upload.TooLarge", limit / 1048576);
        if (http.Request.ContentLength is > 0 and var length && length > limit + FormSlack) return ReceivedUpload.Refused(StatusCodes.Status413PayloadTooLarge, tooLarge);
        if (!http.Request.HasFormContentType)
            return ReceivedUpload.Refused(StatusCodes.Status400BadRequest, texts["Upload.NotForm"]);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + FormSlack }, http.RequestAborted);
        }
        catch (InvalidDataException) when (http.Request.ContentLength is null)
        {
            // Without a declared length the form reader's limit is what stops an oversized body.
            return ReceivedUpload.Refused(StatusCodes.Status413PayloadTooLarge, tooLarge);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && !http.RequestAborted.IsCancellationRequested)
        {
            // The declared length was within the limit, so the form itself is malformed or the body was cut off.
            return ReceivedUpload.Refused(StatusCodes.Status400BadRequest, texts["Upload.Unreadable"]);
        }
        return Check(form, limit, texts);
    }

    private static ReceivedUpload Check(IFormCollection form, long limit, ContributorTexts texts)
    {
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
            return ReceivedUpload.Refused(StatusCodes.Status400BadRequest, texts["Upload.NoFile"]);
        if (file.Length > limit)
            return ReceivedUpload.Refused(StatusCodes.Status413PayloadTooLarge, texts.Format("Upload.Limit", file.Length / 1048576.0, limit / 1048576));
        if (!PortalFileNames.TryRead(file.FileName, out var name, out var problem, texts.Language)) return ReceivedUpload.Refused(StatusCodes.Status400BadRequest, problem!);
        return new ReceivedUpload(file, name, null);
    }

    /// <summary>Stores the upload (never overwriting) and starts its check where this host runs it.</summary>
    public async Task<UploadAnswer> StoreAsync(IFormFile file, string fileName, Cycle cycle, Contributor contributor, CancellationToken cancellationToken,
        Language language = default)
    {
        var texts = ContributorTexts.In(language);
        await using var stream = file.OpenReadStream();
        var upload = await ReturnUploads.UploadByContentAsync(storage, stream, fileName, PortalFileNames.Safe(fileName), cycle.Id, contributor.Id,
            clock.GetUtcNow(), cancellationToken);
        // A repeat is checked again only if it has no verdict yet (the intake finds the recorded one and changes nothing).
        if (queue is not null && queue.StateOf(upload.BlobName) is null) queue.Enqueue(upload.BlobName);
        if (upload.AlreadyThere)
            return new UploadAnswer(upload.BlobName, fileName, texts["Upload.Again"], true);
        return new UploadAnswer(upload.BlobName, fileName, texts["Upload.Received"], false);
    }
}
