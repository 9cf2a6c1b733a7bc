namespace Thb.Cycles;

/// <summary>
/// The contributors a cycle gets when none are given: today's 27 Member States alphabetically by English name, then the
/// EU bodies, then the European Commission — the protocol order of the annex. No e-mail addresses. The Commission's
/// part has the three sub-sections of the 2011 annex, one per Directorate-General that funds external action.
/// </summary>
public static class DefaultContributors
{
    private static readonly string[] MemberStates =
    [
        "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France", "Germany",
        "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland", "Portugal",
        "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
    ];

    private static readonly (string Id, string Name)[] EuBodies =
    [
        ("eurojust", "Eurojust"),
        ("europol", "Europol"),
        ("frontex", "Frontex"),
        ("fra", "European Union Agency for Fundamental Rights (FRA)"),
    ];

    public static IReadOnlyList<SectionTitle> CommissionSections { get; } =
        [new("DG Home Affairs"), new("DG Enlargement"), new("DG Development Cooperation")];

    public static IReadOnlyList<Contributor> All { get; } = Build();

    private static List<Contributor> Build()
    {
        var list = new List<Contributor>();
        foreach (var name in MemberStates)
            list.Add(new Contributor(ContributorId.Parse(Identifiers.FromName(name)), name, ContributorKind.MemberState, list.Count + 1, []));
        foreach (var (id, name) in EuBodies)
            list.Add(new Contributor(ContributorId.Parse(id), name, ContributorKind.EuBody, list.Count + 1, []));
        list.Add(new Contributor(ContributorId.Parse("european-commission"), "European Commission", ContributorKind.Commission, list.Count + 1, []) { Sections = CommissionSections });
        return list;
    }
}
