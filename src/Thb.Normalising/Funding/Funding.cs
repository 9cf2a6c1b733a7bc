namespace Thb.Normalising.Funding;

/// <summary>
/// A normalised funding cell. <see cref="Raw"/> is the text exactly as read (null becomes ""). AmountEur for
/// <see cref="FundingKind.Amount"/>; MinEur/MaxEur for <see cref="FundingKind.Range"/>; Original is the money as
/// written when it is not in EUR; Note keeps the remaining words worth keeping, else null.
/// </summary>
public sealed record Funding(string Raw, FundingKind Kind, decimal? AmountEur, decimal? MinEur, decimal? MaxEur, string? Note, Money? Original = null);
