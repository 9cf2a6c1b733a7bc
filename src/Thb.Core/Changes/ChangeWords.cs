using Thb.Json;
using Thb.Publication;

namespace Thb.Changes;

/// <summary>The changes in words, the same in `thb diff`, the annex sheet and the Presidency's digest.</summary>
public static class ChangeWords
{
    /// <summary>The single changes of a combination, in the enum's order.</summary>
    public static IReadOnlyList<RowAmendments> Each(RowAmendments amendments) =>
        Enum.GetValues<RowAmendments>().Where(f => f != RowAmendments.None && amendments.HasFlag(f)).ToList();

    /// <summary>"dates extended, partner added"; "no change" for none.</summary>
    public static string Describe(RowAmendments amendments) =>
        amendments == RowAmendments.None ? "no change" : string.Join(", ", Each(amendments).Select(f => KebabCase.Of(f).Replace('-', ' ')));

    /// <summary>"new", "continued", "no longer reported".</summary>
    public static string Label(ChangeLabel label) => KebabCase.Of(label).Replace('-', ' ');

    /// <summary>"2 new, 10 continued (4 dates extended, 1 funding changed), 1 no longer reported", or why nothing was compared.</summary>
    public static string Summary(ContributorChanges changes)
    {
        if (!changes.Compared) return "no accepted return yet: not compared";
        var continued = changes.Labelled(ChangeLabel.Continued).ToList();
        var kinds = Enum.GetValues<RowAmendments>().Where(f => f != RowAmendments.None)
            .Select(f => (Flag: f, Count: continued.Count(m => m.Amendments.HasFlag(f)))).Where(k => k.Count > 0)
            .Select(k => $"{k.Count} {Describe(k.Flag)}").ToList();
        return $"{changes.New} new, {changes.Continued} continued{(kinds.Count > 0 ? $" ({string.Join(", ", kinds)})" : "")}, {changes.NoLongerReported} no longer reported" +
               (changes.HadPreviousReturn ? "" : " (no return in the previous cycle)");
    }
}
