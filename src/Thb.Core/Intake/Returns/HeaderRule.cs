namespace Thb.Intake.Returns;

/// <summary>How one column's header is recognised (a line of <c>return-layout.json</c>): phrases found anywhere in
/// the folded header or at its start; <see cref="Short"/> rules apply only to headers of at most 40 characters.</summary>
public sealed record HeaderRule(ReturnColumn Column, bool Short, IReadOnlyList<string> Contains, IReadOnlyList<string> StartsWith)
{
    /// <summary>Whether the header, folded by <see cref="ReturnLayout.Normalise"/>, names this column.</summary>
    public bool Matches(string normalised) => Matches(Padded(normalised), Words(normalised));

    /// <summary>The header with one space at each end, as <see cref="Contains"/> phrases are looked for in it.</summary>
    public static string Padded(string normalised) => " " + normalised + " ";

    /// <summary>The header with a space after it, as <see cref="StartsWith"/> phrases are looked for at its start.</summary>
    public static string Words(string normalised) => normalised + " ";

    /// <summary><see cref="Matches(string)"/> on the two forms made once for every rule tried.</summary>
    public bool Matches(string padded, string words)
    {
        foreach (var phrase in Contains)
        {
            if (padded.Contains(phrase, StringComparison.Ordinal)) return true;
        }
        foreach (var phrase in StartsWith)
        {
            if (words.StartsWith(phrase, StringComparison.Ordinal) && words.Length > phrase.Length && words[phrase.Length] == ' ') return true;
        }
        return false;
    }
}
