using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Tests.Annex;

/// <summary>Annex inputs built in memory: contributors, their submissions and rows, exactly as the service would read them.</summary>
public static class AnnexTestData
{
    public static readonly DateTimeOffset CompiledAt = new(2012, 7, 2, 10, 15, 30, TimeSpan.Zero);

    public static readonly Cycle Cycle = new(CycleId.Parse("2012-2"), "Second cycle 2012 & more", new DateOnly(2012, 6, 30), CycleState.Open, [14, 7, 2],
        new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31));

    public static Contributor Contributor(string id, string name, int order, ContributorKind kind = ContributorKind.MemberState) => new(ContributorId.Parse(id), name, kind, order, []);

    public static Submission Submission(Contributor contributor, string id, string fileName = "return.xlsx") =>
        new(Cycle.Id, contributor.Id, SubmissionId.Parse(id), $"{Cycle.Id}/{contributor.Id}/{fileName}", fileName, null, null, 1000,
            CompiledAt.AddHours(-3), CompiledAt.AddHours(-3), ReturnStatus.Accepted, 0, 0, 0, false, null, contributor.Name, []);

    public static ReturnRow Row(int row, string description, string countryRaw = "Albania", IReadOnlyList<Place>? places = null,
        string form = "Training", ActionCategory? category = ActionCategory.Training, string partner = "IOM", string duration = "2011",
        FundingValue? funding = null) =>
        new(row,
            new PlaceList(countryRaw, places ?? [new Place(PlaceKind.Country, "Albania", "AL")]),
            new ActionForm(form, category),
            new RawText(description),
            new RawText(partner),
            new Duration(duration, DurationKind.Single, new PartialDate(2011), new PartialDate(2011), false),
            funding ?? Amount(1000m),
            []);

    public static FundingValue Amount(decimal eur) => new($"{eur} EUR", FundingKind.Amount, eur, null, null, null);
    public static FundingValue Range(decimal min, decimal max) => new($"{min}-{max} EUR", FundingKind.Range, null, min, max, null);
    public static FundingValue Kind(FundingKind kind, string raw) => new(raw, kind, null, null, null, null);

    public static AnnexSection Section(Contributor contributor, Submission? submission, params ReturnRow[] rows) =>
        new(new ContributorStatus(contributor, Cycle.Deadline, submission, submission), submission is null ? [] : rows);

    public static AnnexInput Input(params AnnexSection[] sections) =>
        new(Cycle, AnnexBlobNames.Stem(Cycle.Id, CompiledAt), CompiledAt, AnnexFingerprint.Of(sections.Select(s => s.Status)), sections);

    /// <summary>Words and line breaks, as long as asked: a description no spreadsheet cell could hold in one piece.</summary>
    public static string LongText(int length, string seed = "long")
    {
        var builder = new System.Text.StringBuilder(length + 32);
        var i = 0;
        while (builder.Length < length)
        {
            builder.Append(seed).Append(' ').Append(i++);
            builder.Append(i % 40 == 0 ? "\r\n" : i % 7 == 0 ? ", " : " ");
        }
        builder.Length = length;
        return builder.ToString();
    }

    /// <summary>Three contributors in protocol order 1..3 (given out of order), one without a return.</summary>
    public static AnnexInput Sample(string longDescription)
    {
        var austria = Contributor("austria", "Austria", 1);
        var bulgaria = Contributor("bulgaria", "Bulgaria", 2);
        var eurojust = Contributor("eurojust", "Eurojust", 3, ContributorKind.EuBody);
        return Input(
            Section(eurojust, Submission(eurojust, "sub-eurojust", "Eurojust 2012.xlsx"),
                Row(7, "=HYPERLINK(\"http://example.org\")", "EU level", [new Place(PlaceKind.Region, "EU", null)], "Coordination meeting", ActionCategory.Coordination,
                    funding: Kind(FundingKind.NotAvailable, "n/a")),
                Row(8, "@mention and +plus, \"quoted\"", "UNODC, OSCE", [new Place(PlaceKind.Organisation, "UNODC", null), new Place(PlaceKind.Organisation, "OSCE", null)],
                    funding: Range(10_000m, 20_000m))),
            Section(bulgaria, null),
            Section(austria, Submission(austria, "sub-austria", "Austria.xlsx"),
                Row(7, "Training of judges in Tirana", funding: Amount(53_368.01m)),
                Row(9, longDescription, "Kenia, Tansania", [new Place(PlaceKind.Country, "Kenya", "KE"), new Place(PlaceKind.Country, "Tanzania", "TZ")],
                    "Awareness raising", ActionCategory.AwarenessRaising, funding: Amount(250_000m)),
                Row(10, "-5 % of victims; line one\nline two", "", [], "", null, funding: Kind(FundingKind.NonMonetary, "financed through the general budgets"))));
    }
}
