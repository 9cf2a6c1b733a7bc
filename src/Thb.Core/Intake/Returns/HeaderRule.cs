namespace Thb.Intake.Returns;

/// <summary>How one column's header is recognised (a line of <c>return-layout.json</c>): phrases found anywhere in
/// the folded header or at its start; <see cref="Short"/> rules apply only to headers of at most 40 characters.</summary>
public sealed record HeaderRule(ReturnColumn Column, bool Short, IReadOnlyList<string> Contains, IReadOnlyList<string> StartsWith)
{
    /// <summary>Whether the header, folded by <see cref="ReturnLayout.Normalise"/>, names this column.</summary>
    public bool Matches(string normalised)
    {
        var padded = " " + normalised + " ";
        foreach (var phrase in Contains)
        {
            if (padded.Contains(phrase, StringComparison.Ordinal)) return true;
        }
        var words = normalised + " ";
        foreach (var phrase in StartsWith)
        {
            if (words.StartsWith(phrase, StringComparison.Ordinal) && words.Length > phrase.Length && words[phrase.Length] == ' ') return true;
        }
        return false;
    }
}
