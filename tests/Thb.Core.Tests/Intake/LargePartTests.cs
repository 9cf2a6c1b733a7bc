using System.IO.Compression;
using System.Text;
using Thb.Intake;
using Thb.Intake.Findings;
using Thb.Intake.Returns;
using Thb.Intake.Workbooks;

namespace Thb.Tests.Intake;

/// <summary>
/// Large parts (over 1 MiB inflated) stay compressed in the package and are inflated again when read: the verdict, the
/// rows and the feedback copy are exactly what they are with every part kept inflated, and the guard's limits hold for them.
/// </summary>
public class LargePartTests
{
    /// <summary>A return of 1,500 actions whose descriptions (about 3 MB of shared strings) make a part over the threshold.</summary>
    private static byte[] LargeReturn()
    {
        var random = new Random(7);
        string[] words = ["training", "border", "victims", "referral", "police", "judicial", "shelter", "cooperation", "awareness", "labour"];
        var strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Albania</t></si>");
        var x = RawXlsx.Return("Austria", "2011-1");
        for (var i = 1; i <= 1500; i++)
        {
            strings.Append("<si><t>");
            for (var w = 0; w < 250; w++) strings.Append(words[random.Next(words.Length)]).Append(random.Next(100)).Append(' ');
            strings.Append("</t></si>");
            var r = 6 + i;
            x.RawRow($"<row r=\"{r}\"><c r=\"A{r}\" t=\"s\"><v>0</v></c><c r=\"C{r}\" t=\"s\"><v>{i}</v></c></row>");
        }
        x.SharedStringsXml = strings.Append("</sst>").ToString();
        return x.Build();
    }

    [Fact]
    public void A_large_return_is_read_and_copied_byte_for_byte_as_when_every_part_was_kept_inflated()
    {
        var bytes = LargeReturn();
        var kept = PackageInspector.Inspect(new MemoryStream(bytes), WorkbookLimits.Default, keptPartBytes: long.MaxValue);
        var compressed = PackageInspector.Inspect(new MemoryStream(bytes), WorkbookLimits.Default);
        Assert.Equal(0, kept.Package!.CompressedParts);
        Assert.Equal(1, compressed.Package!.CompressedParts);
        Assert.Equal(kept.Package.InflatedBytes, compressed.Package.InflatedBytes);
        foreach (var name in kept.Package.Names)
            Assert.True(kept.Package.Bytes(name).Span.SequenceEqual(compressed.Package.Bytes(name).Span), name);

        var keptCheck = ReturnChecker.Check(kept, "Austria.xlsx", new CheckOptions());
        var check = ReturnChecker.Check(compressed, "Austria.xlsx", new CheckOptions());
        Assert.Equal(1500, check.Rows.Count);
        Assert.Equal(ReturnJson.Serialize(keptCheck), ReturnJson.Serialize(check));

        var keptCopy = ZipBytes.WithoutTimes(FeedbackWorkbook.Create(kept.Package, keptCheck, DateTimeOffset.UnixEpoch));
        var copy = ZipBytes.WithoutTimes(FeedbackWorkbook.Create(compressed.Package, check, DateTimeOffset.UnixEpoch));
        Assert.True(keptCopy.AsSpan().SequenceEqual(copy), $"the copies differ ({keptCopy.Length} and {copy.Length} bytes)");
    }

    [Fact]
    public void A_package_read_from_a_file_stream_does_not_depend_on_the_stream_staying_open()
    {
        var path = Path.Combine(Path.GetTempPath(), $"thb-large-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, LargeReturn());
        try
        {
            PackageInspection inspection;
            using (var file = File.OpenRead(path)) inspection = PackageInspector.Inspect(file, WorkbookLimits.Default);
            var check = ReturnChecker.Check(inspection, "Austria.xlsx", new CheckOptions());
            Assert.Equal(1500, check.Rows.Count);
            using var feedback = new ZipArchive(new MemoryStream(FeedbackWorkbook.Create(inspection.Package, check, DateTimeOffset.UnixEpoch)));
            Assert.NotNull(feedback.GetEntry("xl/sharedStrings.xml"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The large part is scanned through a window: a DOCTYPE is found wherever the reads happen to cut it.</summary>
    [Theory]
    [InlineData(65536 - 4)]
    [InlineData(2 * 65536 - 1)]
    [InlineData(5 * 65536 + 3)]
    [InlineData(1500 * 1024)]
    public void A_doctype_deep_in_a_large_part_is_found(int at)
    {
        var filler = new StringBuilder("<?xml version=\"1.0\"?><Properties>");
        while (filler.Length < at) filler.Append("<!-- padding padding padding padding -->");
        filler.Length = at;
        filler.Append("<!DOCTYPE lol [<!ENTITY lol \"lol\">]>");
        while (filler.Length < 2 * 1024 * 1024) filler.Append("<!-- padding padding padding padding -->");
        var x = RawXlsx.Return("Austria", "2011-1", ["Albania", "Training", "Workshop", "IOM", "2010", "1 EUR"]).Part("docProps/app.xml", filler + "</Properties>");
        var check = ReturnChecker.Check(new MemoryStream(x.Build()), "upload.xlsx");
        Assert.Equal(ReturnStatus.Rejected, check.Status);
        Assert.Contains(check.Findings, f => f.Code == FindingCodes.FileUnsafeXml && f.Message.Contains("docProps/app.xml"));
    }

    /// <summary>A part holding more than its zip entry declares is read to the declared size only, kept inflated or not.</summary>
    [Theory]
    [InlineData(600 * 1024, 300 * 1024)]
    [InlineData(3 * 1024 * 1024, 1536 * 1024)]
    public void A_part_holding_more_than_it_declares_is_read_to_the_declared_size(int actual, int declared)
    {
        var x = RawXlsx.Return("Austria", "2011-1", ["Albania", "Training", "Workshop", "IOM", "2010", "1 EUR"])
            .Part("docProps/app.xml", "<Properties>" + new string('x', actual) + "</Properties>");
        var bytes = Declare(x.Build(), "docProps/app.xml", declared);
        var kept = PackageInspector.Inspect(new MemoryStream(bytes), WorkbookLimits.Default, keptPartBytes: long.MaxValue).Package!;
        var package = PackageInspector.Inspect(new MemoryStream(bytes), WorkbookLimits.Default).Package!;
        Assert.Equal(declared > 1024 * 1024 ? 1 : 0, package.CompressedParts);
        Assert.Equal(declared, kept.Bytes("docProps/app.xml").Length);
        Assert.True(kept.Bytes("docProps/app.xml").Span.SequenceEqual(package.Bytes("docProps/app.xml").Span));
        using var stream = package.Open("docProps/app.xml");
        Assert.Equal(declared, stream.CopyToCount());
    }

    /// <summary>The zip with the named entry's uncompressed size set to <paramref name="size"/> in both of its headers.</summary>
    private static byte[] Declare(byte[] zip, string name, int size)
    {
        var z = (byte[])zip.Clone();
        int U16(int at) => z[at] | z[at + 1] << 8;
        int U32(int at) => z[at] | z[at + 1] << 8 | z[at + 2] << 16 | z[at + 3] << 24;
        var end = z.Length - 22;
        var at = U32(end + 16);
        for (var i = 0; i < U16(end + 10); i++)
        {
            var nameLength = U16(at + 28);
            if (Encoding.UTF8.GetString(z, at + 46, nameLength) == name)
            {
                BitConverter.TryWriteBytes(z.AsSpan(at + 24, 4), size);
                BitConverter.TryWriteBytes(z.AsSpan(U32(at + 42) + 22, 4), size);
            }
            at += 46 + nameLength + U16(at + 30) + U16(at + 32);
        }
        return z;
    }
}

internal static class StreamCounting
{
    public static long CopyToCount(this Stream stream)
    {
        var counter = new MemoryStream();
        stream.CopyTo(counter);
        return counter.Length;
    }
}
