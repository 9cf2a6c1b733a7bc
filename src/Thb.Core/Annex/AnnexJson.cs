using System.Text.Json;
using Thb.Changes;
using Thb.Intake.Returns;
using Thb.Json;

namespace Thb.Annex;

/// <summary>
/// Every current row as JSON, raw and normalised, in the row shape of `thb rows --json` (plus contributor and
/// submission), under a head that says what was compiled from what:
/// { cycle, title, version, compiledAt, fingerprint, contributors: [...], rows: [...] }; each contributor with its review
/// state ("received", "approved", "correction-requested", null without a return), and leftOut when an approved-only annex left it out;
/// when the cycle names a predecessor, also previousCycle and changes: [{ contributor, label, row, previousRow, changes }]
/// (a row no longer reported has no row, a new one no previousRow). A sectioned contributor's entry adds "sections" and its rows come sub-section after sub-section, each with its
/// "section".
/// </summary>
public static class AnnexJson
{
    public static byte[] Write(AnnexInput input)
    {
        using var memory = new MemoryStream();
        Write(input, memory);
        return memory.ToArray();
    }

    /// <summary>What the writer holds before it hands its bytes to the stream.</summary>
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the JSON into <paramref name="output"/> (left open), flushed as it goes: the document is never held whole.</summary>
    public static void Write(AnnexInput input, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ReturnJson.Options.Encoder, Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("cycle", input.Cycle.Id);
            writer.WriteString("title", input.Cycle.Title);
            writer.WriteString("version", input.Stem);
            writer.WriteString("compiledAt", input.CompiledAt.ToUniversalTime());
            writer.WriteString("fingerprint", input.Fingerprint.Value);
            writer.WriteStartArray("contributors");
            foreach (var section in input.InProtocolOrder)
            {
                writer.WriteStartObject();
                writer.WriteString("contributor", section.Contributor.Id);
                writer.WriteString("name", section.Contributor.Name);
                writer.WriteString("kind", KebabCase.Of(section.Contributor.Kind));
                writer.WriteNumber("order", section.Contributor.Order);
                writer.WriteString("status", section.Submission is null ? "missing" : KebabCase.Of(section.Status.State));
                Nullable(writer, "submission", section.Submission?.Id);
                Nullable(writer, "fileName", section.Submission?.FileName);
                if (section.Submission is { } s) writer.WriteString("uploadedAt", s.UploadedAt.ToUniversalTime());
                else writer.WriteNull("uploadedAt");
                Nullable(writer, "review", section.Review is { } review ? KebabCase.Of(review.State) : null);
                if (section.NotApproved) writer.WriteBoolean("leftOut", true);
                writer.WriteNumber("rows", section.Rows.Count);
                WriteSubsections(writer, section);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("rows");
            foreach (var section in input.InProtocolOrder)
            {
                foreach (var row in section.InAnnexOrder)
                {
                    JsonSerializer.Serialize(writer, row with
                    {
                        Contributor = section.Contributor.Id, Submission = section.Submission?.Id ?? row.Submission,
                        Section = section.Subsections.Count == 0 ? row.Section : row.Section ?? section.Subsections[0].Title,
                    }, ReturnJson.Compact);
                    if (writer.BytesPending > FlushBytes) writer.Flush();
                }
            }
            writer.WriteEndArray();
            if (input.Changes is { } changes) WriteChanges(writer, changes);
            writer.WriteEndObject();
        }
    }

    /// <summary>"sections": [{ "title", "known", "rows" }] in annex order, for a contributor with sub-sections only.</summary>
    private static void WriteSubsections(Utf8JsonWriter writer, AnnexSection section)
    {
        if (section.Subsections.Count == 0) return;
        writer.WriteStartArray("sections");
        foreach (var sub in section.Subsections)
        {
            writer.WriteStartObject();
            writer.WriteString("title", sub.Title.Text);
            writer.WriteBoolean("known", sub.Known);
            writer.WriteNumber("rows", sub.Rows.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteChanges(Utf8JsonWriter writer, CycleChanges changes)
    {
        writer.WriteString("previousCycle", changes.PreviousCycleId);
        writer.WriteStartArray("changes");
        foreach (var contributor in changes.Contributors)
            foreach (var match in contributor.Matches)
            {
                writer.WriteStartObject();
                writer.WriteString("contributor", contributor.Contributor.Id);
                writer.WriteString("label", KebabCase.Of(match.Label));
                if (match.Current is { } current) writer.WriteNumber("row", current.Row);
                else writer.WriteNull("row");
                if (match.Previous is { } previous) writer.WriteNumber("previousRow", previous.Row);
                else writer.WriteNull("previousRow");
                writer.WriteStartArray("changes");
                foreach (var amendment in ChangeWords.Each(match.Amendments)) writer.WriteStringValue(KebabCase.Of(amendment));
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        writer.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }
}
