using System.Text.Json;
using Thb.Intake.Returns;

namespace Thb.Tests.Intake;

/// <summary>`thb check --json` writes through <see cref="ReturnJson.Write"/>: the serializer's bytes, flushed as it goes.</summary>
public class ReturnJsonWriteTests
{
    [Theory]
    [InlineData("Austria")]
    [InlineData("Bulgaria")]
    [InlineData("Cyprus")]
    [InlineData("Eurojust")]
    [InlineData("Germany")]
    public void A_sample_check_is_written_as_the_serializer_writes_it(string delegation)
    {
        var check = ReturnChecker.Check(Samples.Path_($"{delegation}.xlsx"));

        var written = new MemoryStream();
        ReturnJson.Write(written, check);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(check, ReturnJson.Options), written.ToArray());
    }

    [Fact]
    public void A_large_check_goes_out_in_pieces_and_the_pieces_are_the_serializer_s_bytes()
    {
        var sample = ReturnChecker.Check(Samples.Path_("Austria.xlsx"));
        var check = sample with { Rows = [.. Enumerable.Range(0, 200).SelectMany(_ => sample.Rows)] };

        var written = new CountingStream();
        ReturnJson.Write(written, check);

        var expected = JsonSerializer.SerializeToUtf8Bytes(check, ReturnJson.Options);
        Assert.True(expected.Length > 4 << 16, $"{expected.Length} bytes");
        Assert.Equal(expected, written.ToArray());
        Assert.True(written.Writes >= expected.Length >> 16, $"{written.Writes} writes of {expected.Length} bytes");
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }
    }
}
