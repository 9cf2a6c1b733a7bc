using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Normalising.Forms;
using Thb.Normalising.Places;

namespace Thb.Review.Corrections;

/// <summary>
/// The active rules and corrections of one cycle, applied to rows as they are read (pure): the rules first, in the
/// order they were made, then the row's own corrections, each recording the reading it replaced. The raw text is
/// never touched; a correction applies only while the field's raw text is the one it was made for.
/// </summary>
public sealed class ReadingAdjustments
{
    /// <summary>The cycle; null for a rule's preview across every cycle (<see cref="ChangedBy"/>: no cycle's corrections).</summary>
    private readonly CycleId? cycleId;

    /// <summary>Each rule's words as a pattern, built once (a rule with no words has none and never applies).</summary>
    private readonly Dictionary<string, System.Text.RegularExpressions.Regex?> patterns;

    public ReadingAdjustments(CycleId? cycleId, IReadOnlyList<ReadingRule> rules, IReadOnlyList<ReadingCorrection> corrections)
    {
        this.cycleId = cycleId;
        Rules = rules.Where(r => r.IsActive && (r.CycleId is null || r.CycleId == cycleId)).OrderBy(r => r.At).ToList();
        Corrections = corrections.Where(c => c.IsActive && c.CycleId == cycleId).OrderBy(c => c.At).ToList();
        patterns = Rules.ToDictionary(r => r.Id, r => RuleMatch.Pattern(r.Match));
        byRow = Corrections.ToLookup(c => (c.ContributorId.Value, c.Sheet, c.Row));
    }

    /// <summary>The corrections by contributor (the id's text, as a row names it), sheet (null: the first table's) and row: a row looks up its own, section sheets sharing row numbers apart.</summary>
    private readonly ILookup<(string ContributorId, string? Sheet, int Row), ReadingCorrection> byRow;

    public static ReadingAdjustments None(CycleId cycleId) => new(cycleId, [], []);

    public IReadOnlyList<ReadingRule> Rules { get; }

    public IReadOnlyList<ReadingCorrection> Corrections { get; }

    /// <summary>What the rows read through these adjustments depend on, for the annex's fingerprint ("" when there are none).</summary>
    public string Fingerprint => string.Join(",", Rules.Select(r => r.Id).Concat(Corrections.Select(c => c.Id)).Order(StringComparer.Ordinal));

    public IReadOnlyList<ReturnRow> Apply(IEnumerable<ReturnRow> rows) => rows.Select(Apply).ToList();

    /// <summary>The row with its corrected readings, or the row itself when nothing applies. Its contributor must be set.</summary>
    public ReturnRow Apply(ReturnRow row)
    {
        var contributor = row.Contributor ?? "";
        var contributorId = Identifiers.TryOrNull<ContributorId>(contributor);
        var applied = new List<RowCorrection>(row.Corrections ?? []);
        var folded = new Dictionary<ReadingField, string>();
        string Folded(ReadingField field) => folded.TryGetValue(field, out var text) ? text : folded[field] = RuleMatch.Fold(RawOf(row, field));
        foreach (var rule in Rules.Where(r => r.AppliesTo(cycleId, contributorId) && patterns[r.Id]?.IsMatch(Folded(r.Field)) == true))
            row = With(row, rule.Reading, additive: true, new Stamp(rule.Id, CorrectionSource.Rule, rule.Reason, rule.By, rule.At), applied);
        foreach (var correction in byRow[(contributor, row.Sheet, row.Row)].Where(c => c.RawText == RawOf(row, c.Reading.Field)))
            row = With(row, correction.Reading, additive: false, new Stamp(correction.Id, CorrectionSource.Correction, correction.Reason, correction.By, correction.At), applied);
        return applied.Count == 0 ? row : row with { Corrections = applied };
    }

    /// <summary>Which rows a rule would change (pure preview: contributor and row of each).</summary>
    public static IReadOnlyList<ReturnRow> ChangedBy(ReadingRule rule, IEnumerable<ReturnRow> rows)
    {
        var alone = new ReadingAdjustments(rule.CycleId, [rule with { CycleId = null }], []);
        return rows.Where(r => alone.Apply(r with { Corrections = null }).IsCorrected).ToList();
    }

    public static string RawOf(ReturnRow row, ReadingField field) => field switch
    {
        ReadingField.Places => row.CountryRegion.Raw,
        ReadingField.Form => row.Form.Raw,
        ReadingField.Duration => row.Duration.Raw,
        _ => row.Funding.Raw,
    };

    private sealed record Stamp(string Id, CorrectionSource Source, string Reason, string By, DateTimeOffset At);

    private static ReturnRow With(ReturnRow row, CorrectedReading reading, bool additive, Stamp stamp, List<RowCorrection> applied)
    {
        var (changed, before) = reading.Field switch
        {
            ReadingField.Places => Places(row, reading.Places ?? [], additive),
            ReadingField.Form => Form(row, reading.Category),
            ReadingField.Duration => (row with { Duration = reading.Duration! with { Raw = row.Duration.Raw } }, new ReadingBefore(Duration: row.Duration)),
            _ => (row with { Funding = reading.Funding! with { Raw = row.Funding.Raw } }, new ReadingBefore(Funding: row.Funding)),
        };
        if (changed == row) return row;
        applied.Add(new RowCorrection(stamp.Id, reading.Field, stamp.Source, stamp.Reason, stamp.By, stamp.At, before));
        return changed;
    }

    private static (ReturnRow, ReadingBefore) Places(ReturnRow row, IReadOnlyList<Place> places, bool additive)
    {
        var list = additive ? row.CountryRegion.Places.Concat(places.Where(p => !row.CountryRegion.Places.Contains(p))).ToList() : places.Distinct().ToList();
        if (list.SequenceEqual(row.CountryRegion.Places)) return (row, new ReadingBefore());
        return (row with { CountryRegion = row.CountryRegion with { Places = list } }, new ReadingBefore(CountryRegion: row.CountryRegion));
    }

    private static (ReturnRow, ReadingBefore) Form(ReturnRow row, ActionCategory? category) =>
        row.Form.Category == category ? (row, new ReadingBefore()) : (row with { Form = row.Form with { Category = category } }, new ReadingBefore(Form: row.Form));
}
