using System.Globalization;
using System.Text;
using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Cli.Commands;

/// <summary>Deterministic generated returns for the benchmark: varied places, forms, durations and funding.</summary>
public static class BenchAnnexData
{
    private static readonly string[] Words =
    [
        "training", "for", "border", "police", "officers", "on", "the", "identification", "of", "victims", "trafficking", "in", "human", "beings",
        "awareness", "campaign", "with", "local", "authorities", "and", "civil", "society", "shelter", "support", "return", "reintegration",
        "judicial", "cooperation", "prosecutors", "workshop", "capital", "region", "funded", "project", "partners", "labour", "exploitation",
    ];

    private static readonly (string Raw, PlaceKind Kind, string? Code, string Name)[] Places =
    [
        ("Albania", PlaceKind.Country, "AL", "Albania"), ("Kosovo", PlaceKind.Country, "XK", "Kosovo"), ("Nigeria", PlaceKind.Country, "NG", "Nigeria"),
        ("Moldova", PlaceKind.Country, "MD", "Moldova"), ("Ukraine", PlaceKind.Country, "UA", "Ukraine"), ("Viet Nam", PlaceKind.Country, "VN", "Vietnam"),
        ("West Africa", PlaceKind.Region, null, "West Africa"), ("South East Europe", PlaceKind.Region, null, "South East Europe"), ("UNODC", PlaceKind.Organisation, null, "UNODC"),
    ];

    private static readonly (string Raw, ActionCategory Category)[] Forms =
    [
        ("Training", ActionCategory.Training), ("Awareness raising", ActionCategory.AwarenessRaising), ("Victim protection", ActionCategory.VictimSupport),
        ("Bilateral agreement", ActionCategory.Agreement), ("Police cooperation", ActionCategory.LawEnforcement), ("Study", ActionCategory.Research),
    ];

    public static AnnexInput Generate(int contributors, int rowsEach, int descriptionChars)
    {
        var random = new Random(20120402);
        var now = DateTimeOffset.UtcNow;
        var cycle = new Cycle(CycleId.Parse($"bench-{now:yyyyMMddHHmmss}"), "Benchmark cycle", DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)), CycleState.Open, [14, 7, 2],
            new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31));
        var sections = new List<AnnexSection>();
        for (var c = 1; c <= contributors; c++)
        {
            var contributor = new Contributor(ContributorId.Parse($"contributor-{c:D3}"), $"Contributor {c:D3}", c <= contributors - 2 ? ContributorKind.MemberState : ContributorKind.EuBody, c, []);
            var submission = new Submission(cycle.Id, contributor.Id, SubmissionId.Parse($"bench{c:D3}"), $"{cycle.Id}/{contributor.Id}/return.xlsx", "return.xlsx", null, null, 0,
                now, now, ReturnStatus.Accepted, rowsEach, 0, 0, false, null, contributor.Name, []);
            var rows = new List<ReturnRow>(rowsEach);
            for (var r = 0; r < rowsEach; r++) rows.Add(Row(random, 7 + r, descriptionChars));
            sections.Add(new AnnexSection(new ContributorStatus(contributor, cycle.Deadline, submission, submission), rows));
        }
        var statuses = sections.Select(s => s.Status).ToList();
        return new AnnexInput(cycle, AnnexBlobNames.Stem(cycle.Id, now), now, AnnexFingerprint.Of(statuses), sections);
    }

    private static ReturnRow Row(Random random, int row, int descriptionChars)
    {
        var first = Places[random.Next(Places.Length)];
        var second = Places[random.Next(Places.Length)];
        var places = new[] { first, second }.DistinctBy(p => p.Name).ToList();
        var form = Forms[random.Next(Forms.Length)];
        var description = new StringBuilder(descriptionChars + 16);
        while (description.Length < descriptionChars) description.Append(Words[random.Next(Words.Length)]).Append(' ');
        description.Length = descriptionChars;
        var amount = random.Next(4) == 0 ? (decimal?)null : random.Next(1_000, 2_000_000);
        return new ReturnRow(
            row,
            new PlaceList(string.Join(", ", places.Select(p => p.Raw)), places.Select(p => new Place(p.Kind, p.Name, p.Code)).ToList()),
            new ActionForm(form.Raw, form.Category),
            new RawText(description.ToString()),
            new RawText("IOM, national authorities"),
            new Duration("1 November 2009 – 31 July 2010", DurationKind.Range, new PartialDate(2009, 11, 1), new PartialDate(2010, 7, 31), false),
            amount is { } a
                ? new Funding(a.ToString("#,##0", CultureInfo.GetCultureInfo("de-DE")) + " EUR", FundingKind.Amount, a, null, null, null)
                : new Funding("financed through the general budget", FundingKind.NonMonetary, null, null, null, null),
            []);
    }

    /// <summary>Opens the generated cycle in storage and records each contributor's submission and rows as intake would.</summary>
    public static async Task<Cycle> StoreAsync(CommandServices services, AnnexInput input, CancellationToken cancellationToken)
    {
        var cycle = await services.Cycles.OpenAsync(input.Cycle, input.Sections.Select(s => s.Contributor).ToList(), cancellationToken);
        foreach (var section in input.Sections)
        {
            var submission = section.Submission!;
            await services.Submissions.SaveAsync(submission, cancellationToken);
            await services.Rows.WriteAsync(submission, section.Rows, cancellationToken);
            var record = (await services.CycleStore.ContributorAsync(cycle.Id, section.Contributor.Id, cancellationToken))!;
            var pointers = new SubmissionPointers(submission.Id, submission.UploadedAt, submission.Id, submission.UploadedAt);
            if (!await services.CycleStore.TryUpdatePointersAsync(record, pointers, cancellationToken))
                throw new InvalidOperationException($"Contributor {section.Contributor.Id} changed while the benchmark was storing it.");
        }
        return cycle;
    }
}
