using Thb.Cycles;
using Thb.Intake;
using Thb.Intake.Returns;

namespace Thb.Review.Corrections;

/// <summary>
/// Corrections of readings and the rules of the registry: made with who, when and why, refused with a reason when
/// they name an unknown contributor or row or would reach rows they do not name, and undone by id. Nothing here
/// touches a stored row: <see cref="ReviewedRows"/> applies them when rows are read.
/// </summary>
public sealed class CorrectionService(CorrectionStore store, CycleStore cycles, SubmissionQueries queries, TimeProvider clock)
{
    public CorrectionStore Store => store;

    public async Task<CorrectionOutcome> CorrectAsync(CorrectionRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Reason)) return CorrectionOutcome.Refused("Say why (--reason): every correction keeps its reason.");
        var cycle = await cycles.GetAsync(request.CycleId, cancellationToken);
        if (cycle is null) return CorrectionOutcome.Refused($"There is no cycle '{request.CycleId}'.");
        if (await cycles.ContributorAsync(cycle.Id, request.ContributorId, cancellationToken) is null)
            return CorrectionOutcome.Refused($"Cycle '{cycle.Id}' has no contributor '{request.ContributorId}'.");
        var rows = await queries.CurrentRowsAsync(cycle, request.ContributorId, cancellationToken);
        var (row, missing) = FindRow(rows, request, cycle.Id);
        if (row is null) return CorrectionOutcome.Refused(missing!);
        var correction = new ReadingCorrection(CorrectionStore.NewId("c"), cycle.Id, request.ContributorId, request.Row, request.Reading,
            ReadingAdjustments.RawOf(row, request.Reading.Field), request.Reason.Trim(), By(request.By), clock.GetUtcNow()) { Sheet = row.Sheet };
        await store.AddAsync(correction, cancellationToken);
        return new CorrectionOutcome(correction.Id, null, [row]);
    }

    /// <summary>
    /// The row a correction names: by number, and by sheet where section sheets share row numbers (no sheet named: the
    /// first table's sheet, or the only row of that number). Null with the reason when there is none, or more than one.
    /// </summary>
    private static (ReturnRow? Row, string? Problem) FindRow(IReadOnlyList<ReturnRow> rows, CorrectionRequest request, CycleId cycleId)
    {
        if (rows.Count == 0) return (null, $"{request.ContributorId} has no accepted return with rows in cycle {cycleId}.");
        var numbered = rows.Where(r => r.Row == request.Row).ToList();
        var onSheet = request.Sheet is { } sheet ? numbered.Where(r => r.Sheet == sheet).ToList()
            : numbered.Count > 1 ? numbered.Where(r => r.Sheet is null).ToList() : numbered;
        if (onSheet.Count == 1) return (onSheet[0], null);
        if (numbered.Count > 1)
            return (null, $"Row {request.Row} of {request.ContributorId} is on more than one sheet ({string.Join(", ", numbered.Select(r => r.Sheet ?? "the first"))}): name the sheet.");
        return (null, request.Sheet is null || numbered.Count == 0
            ? $"{request.ContributorId}'s current return has no row {request.Row}: its rows are {string.Join(", ", rows.Select(r => r.Row).Distinct())}."
            : $"{request.ContributorId}'s current return has no row {request.Row} on sheet '{request.Sheet}'.");
    }

    /// <summary>
    /// Adds a rule. Named for one contributor, it is refused when its words also occur, in the same field, in the
    /// current rows of another contributor (the same words would then be read differently for them): narrow the
    /// words, or make the rule for all contributors.
    /// </summary>
    public async Task<CorrectionOutcome> AddRuleAsync(RuleRequest request, CancellationToken cancellationToken = default)
    {
        if (await RuleProblemAsync(request, cancellationToken) is { } problem) return CorrectionOutcome.Refused(problem);
        var rule = new ReadingRule(CorrectionStore.NewId("r"), request.CycleId, request.ContributorId, request.Match.Trim(), request.Reading,
            request.Reason.Trim(), By(request.By), clock.GetUtcNow());
        var rows = await RowsInScopeAsync(request.CycleId, cancellationToken);
        var reach = ReadingAdjustments.ChangedBy(rule with { ContributorId = null }, rows);
        var others = reach.Where(r => request.ContributorId is { } named && r.Contributor != named.Value).ToList();
        if (others.Count > 0)
            return CorrectionOutcome.Refused($"'{rule.Match}' also occurs in rows of {string.Join(", ", others.Select(r => $"{r.Contributor} row {r.Row}").Take(5))}" +
                $"{(others.Count > 5 ? $" and {others.Count - 5} more" : "")}: a rule named for {request.ContributorId} would change rows of another contributor. " +
                "Narrow the words, or make the rule for all contributors.");
        await store.AddAsync(rule, cancellationToken);
        return new CorrectionOutcome(rule.Id, null, ReadingAdjustments.ChangedBy(rule, rows));
    }

    /// <summary>Undoes a correction ("c-…") or a rule ("r-…"): it stays in the registry, marked with who and when.</summary>
    public async Task<CorrectionOutcome> UndoAsync(string id, string by, CancellationToken cancellationToken = default)
    {
        var undoing = new Undoing(By(by), clock.GetUtcNow());
        if (await store.FindRuleAsync(id, cancellationToken) is { } rule)
        {
            if (!rule.IsActive) return CorrectionOutcome.Refused($"Rule {id} was already undone by {rule.Undone!.By} at {rule.Undone.At:u}.");
            await store.SaveAsync(rule with { Undone = undoing }, cancellationToken);
            return new CorrectionOutcome(id, null, []);
        }
        if (await store.FindCorrectionAsync(id, cancellationToken) is not { } correction)
            return CorrectionOutcome.Refused($"There is no correction or rule '{id}' (`thb correct list --cycle C` and `thb rules list` show them).");
        if (!correction.IsActive) return CorrectionOutcome.Refused($"Correction {id} was already undone by {correction.Undone!.By} at {correction.Undone.At:u}.");
        await store.SaveAsync(correction with { Undone = undoing }, cancellationToken);
        return new CorrectionOutcome(id, null, []);
    }

    private async Task<string?> RuleProblemAsync(RuleRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason)) return "Say why (--reason): every rule keeps its reason.";
        if (string.IsNullOrWhiteSpace(request.Match)) return "Name the words the rule reads (--match).";
        if (request.Reading.Field is not (ReadingField.Places or ReadingField.Form))
            return "A rule reads places or forms of action; a duration or a funding is corrected row by row (thb correct).";
        if (request.CycleId is { } ruleCycle && await cycles.GetAsync(ruleCycle, cancellationToken) is null)
            return $"There is no cycle '{request.CycleId}'.";
        if (request.ContributorId is { } named && request.CycleId is { } cycleId && await cycles.ContributorAsync(cycleId, named, cancellationToken) is null)
            return $"Cycle '{cycleId}' has no contributor '{named}'.";
        return null;
    }

    /// <summary>The current rows of the rule's cycle, or of every cycle for a rule of all cycles.</summary>
    private async Task<IReadOnlyList<ReturnRow>> RowsInScopeAsync(CycleId? cycleId, CancellationToken cancellationToken)
    {
        var inScope = cycleId is not { } id ? await cycles.ListAsync(cancellationToken) : [(await cycles.GetAsync(id, cancellationToken))!];
        var rows = new List<ReturnRow>();
        foreach (var cycle in inScope) rows.AddRange(await queries.CurrentRowsAsync(cycle, cancellationToken: cancellationToken));
        return rows;
    }

    private static string By(string by) => string.IsNullOrWhiteSpace(by) ? "unknown" : by.Trim();
}
