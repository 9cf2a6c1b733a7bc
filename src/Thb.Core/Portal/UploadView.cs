using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Json;

namespace Thb.Portal;

/// <summary>One upload as the delegation sees it: pending until the intake records its verdict.</summary>
public sealed record UploadView(string BlobName, string FileName, string UploadedAt, UploadState Status, int Rows, int Errors, int Warnings, bool Current,
    IReadOnlyList<FindingView> Findings, string? FeedbackUrl);
