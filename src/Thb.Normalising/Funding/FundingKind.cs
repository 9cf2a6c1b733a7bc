namespace Thb.Normalising.Funding;

/// <summary>What a "Funding in EUR" cell says.</summary>
public enum FundingKind
{
    /// <summary>One amount in EUR (<see cref="Funding.AmountEur"/>).</summary>
    Amount,

    /// <summary>Between two amounts in EUR (<see cref="Funding.MinEur"/>, <see cref="Funding.MaxEur"/>).</summary>
    Range,

    /// <summary>Words without money ("financed through the general budgets of the ministries").</summary>
    NonMonetary,

    /// <summary>"n/a", "-", "Not available.", "No information", "Not quantifiable because ongoing".</summary>
    NotAvailable,

    /// <summary>A template placeholder: "XX", "TBD", "...", "?".</summary>
    Placeholder,

    /// <summary>Nothing written.</summary>
    Empty,

    /// <summary>Money in another currency only (<see cref="Funding.Original"/>); no EUR amount is invented.</summary>
    OtherCurrency,
}
