using FundingValue = Thb.Normalising.Funding.Funding;

namespace Thb.Normalising.Funding;

/// <summary>A funding cell with no money in it: a placeholder ("XX", "TBD", "...", "?"), not available ("-", "n/a",
/// "No information", "k. A.", "non communiqué", "néant"), a share ("25 %"), or words (non-monetary, the note keeps them).</summary>
internal static class FundingWithoutMoney
{
    private static readonly HashSet<string> ApproxWords = FundingData.Words.Set("approximately");
    private static readonly HashSet<string> PlaceholderWords = FundingData.Words.Set("placeholders");
    private static readonly HashSet<string> PlaceholderMarkers = FundingData.Words.Set("placeholder-markers");
    private static readonly TokenPhrases NotStatedPhrases = new(FundingData.NotStated.List("phrases"));
    private static readonly HashSet<string> NotStatedWords = FundingData.NotStated.Set("words");

    public static ReadResult<FundingValue> Read(string raw, string text, List<TextToken> tokens, bool share)
    {
        string folded = FundingNote.FoldSpaces(text);
        if (!tokens.Exists(x => x.Kind != TokenKind.Symbol))
        {
            // "-", "--", "//" say "nothing to report"; "...", "?" are template placeholders
            bool placeholder = tokens.TrueForAll(x => x.Is('.')) || tokens.Exists(x => x.Is('?'));
            return Success(new FundingValue(raw, placeholder ? FundingKind.Placeholder : FundingKind.NotAvailable, null, null, null, null));
        }

        if (IsPlaceholder(tokens))
        {
            return Success(new FundingValue(raw, FundingKind.Placeholder, null, null, null, null));
        }

        if (tokens.Exists(x => x.IsWord && NotStatedWords.Contains(x.Lower)) || NotStatedPhrases.AnyIn(tokens))
        {
            bool bare = tokens.Count(x => x.IsWord) <= 3 && !tokens.Exists(x => x.IsWord && x.Lower == "because");
            return Success(new FundingValue(raw, FundingKind.NotAvailable, null, null, null, bare ? null : folded));
        }

        var words = new FundingValue(raw, FundingKind.NonMonetary, null, null, null, folded);
        return share
            ? ReadResult<FundingValue>.Failed(words, new ReadFailure(ReadFailureKind.Share, "it is a share, not an amount"))
            : Success(words);
    }

    private static ReadResult<FundingValue> Success(FundingValue value) => ReadResult<FundingValue>.Success(value);

    /// <summary>"XX", "xx.xxx EUR", "TBD", "EUR ?", "to be determined".</summary>
    private static bool IsPlaceholder(List<TextToken> tokens)
    {
        bool marker = false;
        foreach (TextToken x in tokens)
        {
            if (x.IsWord)
            {
                bool xs = x.Lower.Length >= 2 && x.Lower.All(ch => ch == 'x');
                if (xs || PlaceholderMarkers.Contains(x.Lower))
                {
                    marker = true;
                    continue;
                }

                if (PlaceholderWords.Contains(x.Lower) || ApproxWords.Contains(x.Lower) || Currencies.Of(x) is not null)
                {
                    continue;
                }

                return false;
            }

            if (x.IsNumber)
            {
                return false;
            }

            marker |= x.Is('?');
        }

        return marker;
    }
}
