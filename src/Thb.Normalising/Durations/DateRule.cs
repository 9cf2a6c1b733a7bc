namespace Thb.Normalising.Durations;

/// <summary>
/// One rule of the date grammar: where it starts, what it reads (with examples), and the matcher. A matcher adds what it
/// found to the list and returns the index of the token after the match, or -1 (it adds nothing then).
/// </summary>
internal sealed record DateRule(string Name, string Examples, DateRuleStart Start, Func<DateScanner, int, List<DateItem>, int> Match);
