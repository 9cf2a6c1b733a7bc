using Thb.Intake.Returns;
using Thb.Publication;

namespace Thb.Tests.Changes;

/// <summary>
/// One contributor in the two cycles, with the truth known by construction: <paramref name="Predecessor"/> maps each
/// continued current row (by its row number) to the previous row it was made from; current rows not in it are new,
/// previous rows not in its values were dropped. <paramref name="Amendments"/> says what the rewriting changed.
/// </summary>
public sealed record PerturbedContributor(
    string Contributor,
    IReadOnlyList<ReturnRow> Previous,
    IReadOnlyList<ReturnRow> Current,
    IReadOnlyDictionary<int, int> Predecessor,
    IReadOnlyDictionary<int, RowAmendments> Amendments);
