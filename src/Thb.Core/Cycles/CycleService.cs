using Thb.Localisation;

namespace Thb.Cycles;

/// <summary>Opening, listing, closing cycles and extending a contributor's deadline: what `thb cycle …` and the functions share.</summary>
public sealed class CycleService(CycleStore store, TimeProvider clock)
{
    public CycleStore Store => store;

    public async Task<Cycle> OpenAsync(Cycle cycle, IReadOnlyList<Contributor>? contributors, CancellationToken cancellationToken = default)
    {
        var list = contributors is { Count: > 0 } ? contributors : DefaultContributors.All;
        if (list.Select(c => c.Id).Distinct().Count() != list.Count) throw new ArgumentException("Contributor ids must be unique.");
        if (cycle.OwnerEmail is { } owner) EmailAddresses.Require([owner], "The cycle owner's address");
        foreach (var c in list) EmailAddresses.Require(c.Emails, $"Contributor '{c.Id}': the address");
        if (cycle.ReminderOffsets.Any(o => o < 0)) throw new ArgumentException("Reminder offsets are days before the deadline: zero or more.");
        await RequirePreviousAsync(cycle, cancellationToken);
        var opened = cycle with { State = CycleState.Open, OpenedAt = clock.GetUtcNow() };
        await store.CreateAsync(opened, list, cancellationToken);
        return opened;
    }

    /// <summary>A predecessor must be another cycle of the registry: a typo would otherwise compare against nothing.</summary>
    private async Task RequirePreviousAsync(Cycle cycle, CancellationToken cancellationToken)
    {
        if (cycle.PreviousCycleId is not { } previous) return;
        if (previous == cycle.Id) throw new ArgumentException("A cycle cannot be its own predecessor.");
        if (await store.GetAsync(previous, cancellationToken) is null)
            throw new ArgumentException($"There is no cycle '{previous}' to follow. `thb cycle list` shows the cycles.");
    }

    public Task<Cycle?> GetAsync(CycleId id, CancellationToken cancellationToken = default) => store.GetAsync(id, cancellationToken);

    public async Task<Cycle> RequireAsync(CycleId id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"There is no cycle '{id}'. `thb cycle list` shows the cycles.");

    public async Task<IReadOnlyList<Cycle>> ListAsync(CancellationToken cancellationToken = default) =>
        (await store.ListAsync(cancellationToken)).OrderBy(c => c.Deadline).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<Cycle>> OpenCyclesAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Where(c => c.IsOpen).ToList();

    public Task<IReadOnlyList<ContributorRecord>> ContributorsAsync(CycleId cycleId, CancellationToken cancellationToken = default) =>
        store.ContributorsAsync(cycleId, cancellationToken);

    public async Task<Cycle> CloseAsync(CycleId id, CancellationToken cancellationToken = default)
    {
        var cycle = await RequireAsync(id, cancellationToken);
        if (!cycle.IsOpen) return cycle;
        var closed = cycle with { State = CycleState.Closed, ClosedAt = clock.GetUtcNow() };
        await store.SaveAsync(closed, cancellationToken);
        return closed;
    }

    /// <summary>Moves one contributor's deadline; its reminders follow the new date.</summary>
    public async Task<Contributor> ExtendAsync(CycleId cycleId, ContributorId contributorId, DateOnly deadline, CancellationToken cancellationToken = default)
    {
        await RequireAsync(cycleId, cancellationToken);
        while (true)
        {
            var record = await store.ContributorAsync(cycleId, contributorId, cancellationToken)
                         ?? throw new KeyNotFoundException($"Cycle '{cycleId}' has no contributor '{contributorId}'.");
            var extended = record.Contributor with { DeadlineOverride = deadline };
            if (await store.TryUpdateContributorAsync(record, extended, cancellationToken)) return extended;
        }
    }

    /// <summary>Sets the language one contributor reads us in; the templates, feedback and reminders made from now on follow it.</summary>
    public async Task<Contributor> SetLanguageAsync(CycleId cycleId, ContributorId contributorId, Language language, CancellationToken cancellationToken = default)
    {
        await RequireAsync(cycleId, cancellationToken);
        while (true)
        {
            var record = await store.ContributorAsync(cycleId, contributorId, cancellationToken)
                         ?? throw new KeyNotFoundException($"Cycle '{cycleId}' has no contributor '{contributorId}'.");
            var changed = record.Contributor with { Language = language };
            if (await store.TryUpdateContributorAsync(record, changed, cancellationToken)) return changed;
        }
    }
}
