using System.Globalization;
using System.Text;
using Thb.Changes;
using Thb.Intake.Returns;
using Thb.Json;

namespace Thb.Annex;

/// <summary>
/// Every current row as CSV: RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or line break),
/// UTF-8 with a byte-order mark so that Excel opens accents right. A field that begins with = + - @ (or a tab or
/// carriage return) gets a leading apostrophe, so that no spreadsheet runs it as a formula; the JSON export keeps
/// every text exactly as written. Rows come in annex order (a sectioned contributor's sub-section after sub-section).
/// Columns are only ever added, at the end: "change" and "whatChanged" label each row against the previous cycle
/// (empty when the cycle names none): "new" or "continued", and what changed ("dates-extended; partner-added");
/// "section" and "sheet" are empty for a row without them.
/// </summary>
public static class AnnexCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "contributor", "contributorName", "submission", "row",
        "countryRegion", "places", "countryCodes",
        "form", "formCategory",
        "description", "partner",
        "duration", "durationKind", "start", "end", "ongoing",
        "funding", "fundingKind", "amountEur", "minEur", "maxEur", "fundingNote", "originalAmount", "originalCurrency",
        "change", "whatChanged",
        "section", "sheet",
    ];

    public static byte[] Write(AnnexInput input)
    {
        using var memory = new MemoryStream();
        Write(input, memory);
        return memory.ToArray();
    }

    /// <summary>Writes the CSV into <paramref name="output"/> (left open), row after row.</summary>
    public static void Write(AnnexInput input, Stream output)
    {
        using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" })
        {
            WriteRecord(writer, Columns);
            var fields = new string?[Columns.Count];
            foreach (var section in input.InProtocolOrder)
            {
                foreach (var row in section.InAnnexOrder)
                {
                    Fill(fields, section, row, input.Changes?.Of(section.Contributor.Id, row.Row));
                    WriteRecord(writer, fields);
                }
            }
        }
    }

    private static void Fill(string?[] f, AnnexSection section, ReturnRow row, RowMatch? change)
    {
        var i = 0;
        f[i++] = section.Contributor.Id;
        f[i++] = section.Contributor.Name;
        f[i++] = section.Submission?.Id ?? row.Submission;
        f[i++] = Number(row.Row);
        f[i++] = row.CountryRegion.Raw;
        f[i++] = string.Join("; ", row.CountryRegion.Places.Select(p => p.Code is null ? $"{p.Name} ({KebabCase.Of(p.Kind)})" : $"{p.Name} ({p.Code})"));
        f[i++] = string.Join(' ', row.CountryRegion.Places.Where(p => p.Code is not null).Select(p => p.Code));
        f[i++] = row.Form.Raw;
        f[i++] = row.Form.Category is { } category ? KebabCase.Of(category) : null;
        f[i++] = row.Description.Raw;
        f[i++] = row.Partner.Raw;
        f[i++] = row.Duration.Raw;
        f[i++] = KebabCase.Of(row.Duration.Kind);
        f[i++] = row.Duration.Start?.ToString();
        f[i++] = row.Duration.End?.ToString();
        f[i++] = row.Duration.Ongoing ? "true" : "false";
        f[i++] = row.Funding.Raw;
        f[i++] = KebabCase.Of(row.Funding.Kind);
        f[i++] = Number(row.Funding.AmountEur);
        f[i++] = Number(row.Funding.MinEur);
        f[i++] = Number(row.Funding.MaxEur);
        f[i++] = row.Funding.Note;
        f[i++] = Number(row.Funding.Original?.Amount);
        f[i++] = row.Funding.Original?.Currency;
        f[i++] = change is null ? null : KebabCase.Of(change.Label);
        f[i++] = change is null ? null : string.Join("; ", ChangeWords.Each(change.Amendments).Select(KebabCase.Of));
        f[i++] = SectionOf(section, row);
        f[i] = row.Sheet;
    }

    /// <summary>The sub-section the annex shows the row under (the first, for a row stored without one), or null.</summary>
    internal static string? SectionOf(AnnexSection section, ReturnRow row) =>
        section.Subsections.Count == 0 ? null : row.Section?.Text ?? section.Subsections[0].Title.Text;

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    /// <summary>The field as CSV: neutralised against formula injection, then quoted if RFC 4180 requires it.</summary>
    public static string Field(string? value)
    {
        using var writer = new StringWriter();
        WriteField(writer, value);
        return writer.ToString();
    }

    private static void WriteField(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var neutralised = StartsLikeFormula(value);
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quote) writer.Write('"');
        if (neutralised) writer.Write('\'');
        if (quote) writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        else writer.Write(value);
        if (quote) writer.Write('"');
    }

    /// <summary>True for a text a spreadsheet would read as a formula (OWASP's list: = + - @, tab, carriage return).</summary>
    public static bool StartsLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
