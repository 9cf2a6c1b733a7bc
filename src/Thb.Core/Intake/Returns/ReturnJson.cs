using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Thb.Intake.Findings;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Intake.Returns;

// The JSON contract of `thb check --json`, the intake's stored rows and `thb rows --json`.
// Outside tools rely on these names: extend them, never rename.

public sealed record ReturnDocument(
    string File,
    string Status,
    string? Delegation,
    string? Cycle,
    string? Sheet,
    int? HeaderRow,
    IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<RowDocument> Rows)
{
    public int Errors => Findings.Count(f => f.Severity == "error");
    public int Warnings => Findings.Count(f => f.Severity == "warning");
}

public sealed record FindingDocument(string Severity, string Code, string? Sheet, string? Cell, string Message)
{
    public static FindingDocument From(Finding f) => new(FindingSeverities.ToJson(f.Severity), f.Code, f.Sheet, f.Cell, f.Message);

    public Finding ToFinding() => new(FindingSeverities.FromJson(Severity), Code, Message, Sheet, Cell);
}

public sealed record RowDocument(
    int Row,
    PlacesDocument CountryRegion,
    FormDocument Form,
    RawDocument Description,
    RawDocument Partner,
    DurationDocument Duration,
    FundingDocument Funding,
    IReadOnlyList<FindingDocument> Findings)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Contributor { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Submission { get; init; }

    public static RowDocument From(ReturnRow row) => new(
        row.Row,
        new PlacesDocument(row.CountryRegion.Raw, row.CountryRegion.Places.Select(PlaceDocument.From).ToList()),
        new FormDocument(row.Form.Raw, row.Form.Category is { } c ? ActionCategories.ToJson(c) : null),
        new RawDocument(row.Description),
        new RawDocument(row.Partner),
        DurationDocument.From(row.Duration),
        FundingDocument.From(row.Funding),
        row.Findings.Select(FindingDocument.From).ToList());
}

public sealed record RawDocument(string Raw);

public sealed record PlacesDocument(string Raw, IReadOnlyList<PlaceDocument> Places);

public sealed record PlaceDocument(
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code,
    string Name)
{
    public static PlaceDocument From(Place place) => new(
        place.Kind switch { PlaceKind.Country => "country", PlaceKind.Region => "region", _ => "organisation" },
        place.Code,
        place.Name);
}

public sealed record FormDocument(string Raw, string? Category);

public sealed record DurationDocument(string Raw, string Kind, string? Start, string? End, bool Ongoing)
{
    public static DurationDocument From(Duration d) =>
        new(d.Raw, DurationKinds.ToJson(d.Kind), d.Start?.ToString(), d.End?.ToString(), d.Ongoing);
}

public sealed record FundingDocument(string Raw, string Kind, decimal? AmountEur, decimal? MinEur, decimal? MaxEur, string? Note)
{
    /// <summary>For other-currency funding: the amount and ISO currency as written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? OriginalAmount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OriginalCurrency { get; init; }

    public static FundingDocument From(Funding f) =>
        new(f.Raw, FundingKinds.ToJson(f.Kind), f.AmountEur, f.MinEur, f.MaxEur, f.Note)
        {
            OriginalAmount = f.Original?.Amount,
            OriginalCurrency = f.Original?.Currency,
        };
}

public static class ReturnJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Output is data for tools and people, never embedded in HTML: keep accents and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    public static ReturnDocument ToDocument(ReturnCheck check) => new(
        check.File,
        ReturnStatuses.ToJson(check.Status),
        check.Delegation,
        check.Cycle,
        check.Sheet,
        check.HeaderRow,
        check.Findings.Select(FindingDocument.From).ToList(),
        check.Rows.Select(RowDocument.From).ToList());

    public static string Serialize(ReturnCheck check) => JsonSerializer.Serialize(ToDocument(check), Options);
}
