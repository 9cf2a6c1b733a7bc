namespace Thb.Normalising.Funding;

/// <summary>One step of a number after its first digits: the separator (' ' for white space alone), the digits after
/// it, whether the separator stood with no space on either side, and the token of those digits.</summary>
internal readonly record struct NumberStep(char Sep, string Digits, bool Tight, int Tok);
