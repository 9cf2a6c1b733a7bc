namespace Thb.Normalising.Places;

/// <summary>One alias of the gazetteer, with the place(s) it stands for.</summary>
internal sealed class GazetteerEntry
{
    public required IReadOnlyList<Place> Places { get; init; }

    public required CaseRule Rule { get; init; }

    /// <summary>The alias tokens, folded with case kept (for <see cref="CaseRule.Exact"/>).</summary>
    public required string[] AliasTexts { get; init; }

    public AbsorbMode Absorb { get; init; }

    /// <summary>A country adjective: yields its country only before a state-body noun.</summary>
    public bool IsDemonym { get; init; }

    public bool IsCountry => !IsDemonym && Places.Count > 0 && Places.All(p => p.Kind == PlaceKind.Country);

    public bool Accepts(IReadOnlyList<PlaceToken> tokens, int start)
    {
        switch (Rule)
        {
            case CaseRule.Capitalised:
                return tokens[start].IsCapitalised;
            case CaseRule.Exact:
                for (var k = 0; k < AliasTexts.Length; k++)
                {
                    var t = tokens[start + k].Text;
                    var a = AliasTexts[k];
                    if (!string.Equals(t, a, StringComparison.Ordinal)
                        && !string.Equals(t, a.ToUpperInvariant(), StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
