using System.Text;
using System.Text.Json;
using Thb.Annex;
using Thb.Intake.Returns;

namespace Thb.Tests.Annex;

public class AnnexExportTests
{
    private static readonly string Long = AnnexTestData.LongText(40_000);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+31 20 123", "'+31 20 123")]
    [InlineData("-", "'-")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "")]
    public void Csv_fields_are_quoted_as_RFC_4180_says_and_formulas_neutralised(string value, string expected) =>
        Assert.Equal(expected, AnnexCsv.Field(value));

    [Fact]
    public void The_csv_is_utf8_with_a_bom_crlf_records_and_every_text_whole()
    {
        var input = AnnexTestData.Sample(Long);
        var bytes = AnnexCsv.Write(input);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text);
        var records = ParseCsv(text);
        Assert.Equal(AnnexCsv.Columns, records[0]);
        Assert.All(records, r => Assert.Equal(AnnexCsv.Columns.Count, r.Count));

        var rows = records.Skip(1).Select(r => AnnexCsv.Columns.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
        // Protocol order: Austria (1), Eurojust (3); Bulgaria sent nothing.
        Assert.Equal(["austria", "austria", "austria", "eurojust", "eurojust"], rows.Select(r => r["contributor"]));
        Assert.Equal(Long, rows[1]["description"]);
        Assert.Equal("'-5 % of victims; line one\nline two", rows[2]["description"]);
        Assert.Equal("'=HYPERLINK(\"http://example.org\")", rows[3]["description"]);
        Assert.Equal("'@mention and +plus, \"quoted\"", rows[4]["description"]);
        Assert.Equal("53368.01", rows[0]["amountEur"]);
        Assert.Equal("Kenya (KE); Tanzania (TZ)", rows[1]["places"]);
        Assert.Equal("KE TZ", rows[1]["countryCodes"]);
        Assert.Equal("10000", rows[4]["minEur"]);
        Assert.Equal("sub-eurojust", rows[4]["submission"]);
    }

    [Fact]
    public void The_json_holds_every_row_raw_and_normalised_and_names_what_it_was_compiled_from()
    {
        var input = AnnexTestData.Sample(Long);
        using var json = JsonDocument.Parse(AnnexJson.Write(input));
        var root = json.RootElement;

        Assert.Equal("2012-2", root.GetProperty("cycle").GetString());
        Assert.Equal(input.Stem, root.GetProperty("version").GetString());
        Assert.Equal(input.Fingerprint.Value, root.GetProperty("fingerprint").GetString());
        Assert.Equal(AnnexTestData.CompiledAt, root.GetProperty("compiledAt").GetDateTimeOffset());
        var contributors = root.GetProperty("contributors").EnumerateArray().ToList();
        Assert.Equal(["austria", "bulgaria", "eurojust"], contributors.Select(c => c.GetProperty("contributor").GetString()));
        Assert.Equal("missing", contributors[1].GetProperty("status").GetString());
        Assert.Equal("Eurojust 2012.xlsx", contributors[2].GetProperty("fileName").GetString());

        var rows = root.GetProperty("rows").Deserialize<List<ReturnRow>>(ReturnJson.Options)!;
        Assert.Equal(5, rows.Count);
        Assert.Equal(Long, rows[1].Description.Raw);
        Assert.Equal("=HYPERLINK(\"http://example.org\")", rows[3].Description.Raw);
        Assert.Equal(250_000m, rows[1].Funding.AmountEur);
        Assert.Equal(["KE", "TZ"], rows[1].CountryRegion.Places.Select(p => p.Code));
        Assert.All(rows.Take(3), r => Assert.Equal("sub-austria", r.Submission));
        Assert.Equal("eurojust", rows[4].Contributor);
    }

    /// <summary>An RFC 4180 reader, independent of the writer: quoted fields may hold commas, quotes and line breaks.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }
            else if (text[i] == ',') { record.Add(field.ToString()); field.Clear(); i++; }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.False(text[i] is '"' or '\r' or '\n', $"unquoted special character at {i}");
                field.Append(text[i++]);
            }
        }
        Assert.Empty(record);
        return records;
    }
}
