using Thb.Workbooks;
using System.IO.Compression;
using System.Text;
using Thb.Intake.Findings;

namespace Thb.Intake.Workbooks;

/// <summary>What the bytes of an upload turned out to be, before any XML is trusted.</summary>
public sealed class PackageInspection
{
    internal PackageInspection(Finding? problem, WorkbookPackage? package, bool hasMacros)
    {
        Problem = problem;
        Package = package;
        HasMacros = hasMacros;
    }

    /// <summary>Why the file cannot be read as a workbook; null when it can.</summary>
    public Finding? Problem { get; }

    /// <summary>A Word document (.docx, .docm) rather than a workbook: its parts passed the same guard; its main part is word/document.xml.</summary>
    public bool IsWordDocument { get; init; }

    /// <summary>The inflated parts of a package that passed; null when <see cref="Problem"/> is set.</summary>
    public WorkbookPackage? Package { get; }
    public bool HasMacros { get; }
}

/// <summary>
/// Looks at an uploaded file as bytes first: empty, OLE compound (legacy .xls or a password-protected workbook),
/// text, PDF, damaged zip, zip bomb, XML with a DOCTYPE. Only a package that passes is handed to the reader.
/// </summary>
public static class PackageInspector
{
    public const string WordDocumentPart = "word/document.xml";

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static PackageInspection Inspect(Stream content, WorkbookLimits limits) => Inspect(content, limits, KeptPartBytes);

    /// <param name="keptPartBytes">Parts up to this size (inflated) are kept inflated; larger ones stay compressed (tests vary it).</param>
    internal static PackageInspection Inspect(Stream content, WorkbookLimits limits, long keptPartBytes)
    {
        if (!content.CanSeek) throw new ArgumentException("The workbook stream must be seekable.", nameof(content));
        content.Position = 0;
        var length = content.Length;
        if (length == 0)
            return Fail(FindingCodes.FileEmpty, FindingMessage.With());
        if (length > limits.MaxFileBytes)
            return Fail(FindingCodes.FileTooLarge, FindingMessage.With(Megabytes(length), Megabytes(limits.MaxFileBytes)));

        var head = new byte[Math.Min(4096, length)];
        content.ReadExactly(head);
        content.Position = 0;

        if (head.AsSpan().StartsWith(OleSignature)) return Fail(DescribeOleFile(content));
        if (head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6))
            return InspectZip(UploadBytes(content), limits, keptPartBytes);
        return Fail(DescribeNonZip(head));
    }

    /// <summary>
    /// The upload's bytes as a read-only stream the package may keep (its large parts are read from there): the buffer of
    /// a memory stream that shows it (no copy; it must not change while the package is used), else a copy.
    /// </summary>
    private static MemoryStream UploadBytes(Stream content)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
            return new MemoryStream(buffer.Array!, buffer.Offset, buffer.Count, writable: false);
        var copy = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(copy);
        content.Position = 0;
        return new MemoryStream(copy, writable: false);
    }

    private static PackageInspection InspectZip(MemoryStream content, WorkbookLimits limits, long keptPartBytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return Fail(FindingCodes.FileDamaged, FindingMessage.Variant("no-directory"));
        }

        // Kept open by a package that passed with large parts: they are inflated again from this archive when read.
        var keepOpen = false;
        try
        {
            var parts = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
            var deflated = new Dictionary<string, (ZipArchiveEntry, long)>(StringComparer.Ordinal);
            var names = new List<string>();
            var problem = CheckEntries(archive, limits, keptPartBytes, parts, deflated, names, out var hasMacros);
            if (problem is not null) return Fail(problem);

            var workbookPart = FindWorkbookPart(archive);
            keepOpen = deflated.Count > 0;
            // A Word document went through the same guard (size, inflation, DTDs): its prose is read as a narrative.
            if (workbookPart is null && (parts.ContainsKey(WordDocumentPart) || deflated.ContainsKey(WordDocumentPart)))
                return new PackageInspection(null, new WorkbookPackage(names, parts, deflated, WordDocumentPart), hasMacros) { IsWordDocument = true };
            keepOpen = false;
            if (workbookPart is null) return Fail(DescribeOtherZip(archive));
            keepOpen = deflated.Count > 0;
            return new PackageInspection(null, new WorkbookPackage(names, parts, deflated, workbookPart), hasMacros);
        }
        catch (InvalidDataException)
        {
            return Fail(FindingCodes.FileDamaged, FindingMessage.Variant("compressed"));
        }
        finally
        {
            if (!keepOpen) archive.Dispose();
        }
    }

    /// <summary>
    /// Inflates every part once, counting bytes and scanning XML for DTDs, so neither a lying header nor a bomb gets
    /// further. Parts up to <paramref name="keptPartBytes"/> are kept inflated for the reader and the feedback writer; larger
    /// ones are scanned through a small window and left compressed, to be inflated again from the same bytes when read.
    /// </summary>
    private static Finding? CheckEntries(ZipArchive archive, WorkbookLimits limits, long keptPartBytes, Dictionary<string, ReadOnlyMemory<byte>> parts,
        Dictionary<string, (ZipArchiveEntry, long)> deflated, List<string> names, out bool hasMacros)
    {
        hasMacros = false;
        if (archive.Entries.Count > limits.MaxEntries)
            return Finding.Error(FindingCodes.FileInflatesTooFar, FindingMessage.Variant("parts", archive.Entries.Count, limits.MaxEntries));

        long declared = 0;
        foreach (var entry in archive.Entries) declared += Math.Max(0, entry.Length);
        if (declared > limits.MaxInflatedBytes) return Bomb(limits);

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            if (entry.FullName.Equals("xl/vbaProject.bin", StringComparison.OrdinalIgnoreCase) || entry.FullName.Equals("word/vbaProject.bin", StringComparison.OrdinalIgnoreCase)) hasMacros = true;
            var keep = entry.Length <= keptPartBytes;
            var problem = Inflate(entry, limits, keep, ref total, out var bytes, out var length);
            if (problem is not null) return problem;
            if (!parts.ContainsKey(entry.FullName) && !deflated.ContainsKey(entry.FullName)) names.Add(entry.FullName);
            // The last of two entries with one name is the one read, kept or not.
            parts.Remove(entry.FullName);
            deflated.Remove(entry.FullName);
            if (keep) parts[entry.FullName] = bytes;
            else deflated[entry.FullName] = (entry, length);
        }
        return null;
    }

    /// <summary>Parts larger than this (inflated, as their zip entry declares) stay compressed in the package: the shared strings and sheets of a large return.</summary>
    internal const long KeptPartBytes = 1024 * 1024;

    /// <summary>
    /// Inflates one part, stopping at the limits or beyond its declared size, and scans an XML part for a DTD. With
    /// <paramref name="keep"/> the bytes come back in <paramref name="bytes"/>; otherwise they pass through a 64 KB window.
    /// </summary>
    private static Finding? Inflate(ZipArchiveEntry entry, WorkbookLimits limits, bool keep, ref long total, out ReadOnlyMemory<byte> bytes, out long length)
    {
        const int Tail = 32; // longer than any DTD marker: a declaration split across two reads is still seen
        bytes = default;
        length = 0;
        var scanXml = IsXmlPart(entry.FullName);
        using var stream = entry.Open();
        // Sized by the header, grown when the header lies: never more than the limits allow.
        var room = Math.Max(1, Math.Min(limits.MaxPartBytes, limits.MaxInflatedBytes - total) + 1);
        var buffer = new byte[keep ? Math.Min(Math.Max(entry.Length + 1, 256), room) : 64 * 1024];
        var filled = 0; // bytes in the buffer
        var scanned = 0; // of which scanned
        long inflated = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (keep)
                {
                    if (buffer.Length > limits.MaxPartBytes) return Bomb(limits);
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limits.MaxPartBytes + 1));
                }
                else
                {
                    // Slide the window: only the tail of what was scanned stays.
                    buffer.AsSpan(filled - Tail, Tail).CopyTo(buffer);
                    filled = scanned = Tail;
                }
            }
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0) break;
            filled += read;
            inflated += read;
            total += read;
            // A part that inflates beyond the size its zip entry declares is lying (damage or a bomb): stop there, so
            // that what is held in memory never exceeds the declared sizes checked above.
            if (inflated > limits.MaxPartBytes || total > limits.MaxInflatedBytes || inflated > entry.Length) return Bomb(limits);
            // Scan what is new, with a tail of what came before.
            var from = Math.Max(0, scanned - Tail);
            if (scanXml && ContainsDtd(buffer.AsSpan(from, filled - from)))
                return Finding.Error(FindingCodes.FileUnsafeXml, FindingMessage.With(entry.FullName));
            scanned = filled;
        }
        length = inflated;
        if (keep) bytes = buffer.AsMemory(0, filled);
        return null;
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    private static readonly byte[][] DtdMarkers =
    [
        "<!DOCTYPE"u8.ToArray(), "<!doctype"u8.ToArray(), "<!ENTITY"u8.ToArray(), "<!entity"u8.ToArray(),
        Encoding.Unicode.GetBytes("<!DOCTYPE"), Encoding.Unicode.GetBytes("<!ENTITY"),
    ];

    private static bool ContainsDtd(ReadOnlySpan<byte> data)
    {
        foreach (var marker in DtdMarkers)
            if (data.IndexOf(marker) >= 0) return true;
        return false;
    }

    private static Finding Bomb(WorkbookLimits limits) => Finding.Error(FindingCodes.FileInflatesTooFar, FindingMessage.With(Megabytes(limits.MaxInflatedBytes)));

    private static string? FindWorkbookPart(ZipArchive archive)
    {
        var rels = archive.GetEntry("_rels/.rels");
        if (rels is not null)
        {
            foreach (var (type, target) in OpcRelationships.Read(rels))
            {
                if (type.EndsWith("/officeDocument", StringComparison.Ordinal))
                {
                    var path = OpcRelationships.Resolve("", target);
                    if (archive.GetEntry(path) is not null && IsSpreadsheetMain(archive, path)) return path;
                }
            }
        }
        return archive.GetEntry("xl/workbook.xml") is not null ? "xl/workbook.xml" : null;
    }

    private static bool IsSpreadsheetMain(ZipArchive archive, string path) =>
        path.StartsWith("xl/", StringComparison.OrdinalIgnoreCase) || archive.GetEntry("word/document.xml") is null;

    private static Finding DescribeOtherZip(ZipArchive archive)
    {
        if (archive.GetEntry("word/document.xml") is not null)
            return Finding.Error(FindingCodes.FileOtherFormat, FindingMessage.Variant("word"));
        if (archive.GetEntry("ppt/presentation.xml") is not null)
            return Finding.Error(FindingCodes.FileOtherFormat, FindingMessage.Variant("powerpoint"));
        var mimetype = archive.GetEntry("mimetype");
        if (mimetype is not null)
        {
            using var reader = new StreamReader(mimetype.Open());
            var type = reader.ReadToEnd().Trim();
            if (type.Contains("opendocument.spreadsheet", StringComparison.Ordinal))
                return Finding.Error(FindingCodes.FileOtherFormat, FindingMessage.Variant("ods"));
            return Finding.Error(FindingCodes.FileOtherFormat, FindingMessage.With(type));
        }
        return Finding.Error(FindingCodes.FileNotWorkbook, FindingMessage.With());
    }

    private static Finding DescribeOleFile(Stream content)
    {
        // OLE directory entries spell stream names in UTF-16: enough to tell an encrypted package from a legacy workbook.
        var names = ScanUtf16Names(content, ["EncryptedPackage", "EncryptionInfo", "Workbook", "Book", "WordDocument"]);
        if (names.Contains("EncryptedPackage") || names.Contains("EncryptionInfo"))
            return Finding.Error(FindingCodes.FileEncrypted, FindingMessage.With());
        if (names.Contains("WordDocument"))
            return Finding.Error(FindingCodes.FileOtherFormat, FindingMessage.Variant("legacy-word"));
        return Finding.Error(FindingCodes.FileLegacyXls, FindingMessage.With());
    }

    private static HashSet<string> ScanUtf16Names(Stream content, string[] names)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var length = (int)Math.Min(content.Length, 8L * 1024 * 1024);
        var data = new byte[length];
        content.Position = 0;
        content.ReadExactly(data);
        content.Position = 0;
        foreach (var name in names)
        {
            // Directory entries are 128 bytes, each starting with its NUL-terminated UTF-16 name.
            var pattern = Encoding.Unicode.GetBytes(name + "\0");
            for (var at = 512; at + pattern.Length <= data.Length; at += 128)
            {
                if (data.AsSpan(at, pattern.Length).SequenceEqual(pattern))
                {
                    found.Add(name);
                    break;
                }
            }
        }
        return found;
    }

    private static Finding DescribeNonZip(byte[] head)
    {
        var span = head.AsSpan();
        if (span.StartsWith("%PDF"u8))
            return Finding.Error(FindingCodes.FileNotWorkbook, FindingMessage.Variant("pdf"));
        var text = DecodeText(head);
        if (text is null)
            return Finding.Error(FindingCodes.FileNotWorkbook, FindingMessage.Variant("binary"));
        var trimmed = text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (trimmed.StartsWith("<", StringComparison.Ordinal))
        {
            var lower = trimmed.ToLowerInvariant();
            if (lower.Contains("<html", StringComparison.Ordinal) || lower.StartsWith("<!doctype html", StringComparison.Ordinal))
                return Finding.Error(FindingCodes.FileNotWorkbook, FindingMessage.Variant("html"));
            return Finding.Error(FindingCodes.FileNotWorkbook, FindingMessage.Variant("xml"));
        }
        var firstLine = trimmed.Split('\n', 2)[0];
        var looksLikeCsv = firstLine.Count(c => c is ';' or ',' or '\t') >= 2;
        return Finding.Error(FindingCodes.FileNotWorkbook, FindingMessage.Variant(looksLikeCsv ? "csv" : "text"));
    }

    private static string? DecodeText(byte[] head)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(head, 0, TrimPartialUtf8(head));
            var control = text.Count(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t');
            return control <= text.Length / 50 ? text : null;
        }
        catch (DecoderFallbackException)
        {
            // Latin-1 CSV exports are text too: accept when nearly every byte is printable.
            var printable = head.Count(b => b >= 0x20 || b is (byte)'\r' or (byte)'\n' or (byte)'\t');
            return printable >= head.Length * 0.95 ? Encoding.Latin1.GetString(head) : null;
        }
    }

    private static int TrimPartialUtf8(byte[] data)
    {
        // The sniffed head may cut a multi-byte character in two; drop the dangling lead bytes.
        var end = data.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = data[end - back];
            if ((b & 0xC0) == 0x80) continue;
            if ((b & 0x80) != 0)
            {
                var needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                if (back < needed) return end - back;
            }
            break;
        }
        return end;
    }

    private static PackageInspection Fail(string code, FindingMessage message) => Fail(Finding.Error(code, message));

    private static PackageInspection Fail(Finding finding) => new(finding, null, false);

    /// <summary>Megabytes as a number: the message writes it with one decimal in the reader's language ("2.5 MB", "2,5 Mo").</summary>
    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);
}
