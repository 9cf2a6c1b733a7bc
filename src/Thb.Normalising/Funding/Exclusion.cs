using System.Globalization;

namespace Thb.Normalising.Funding;

internal enum Exclusion
{
    None,

    /// <summary>A bare number below 100: a count or an identifier unless it is all the cell says, or part of a range.</summary>
    SmallBare,

    /// <summary>Never money: years, percentages, exchange rates, dates, ordinals, identifiers, phone numbers, counts.</summary>
    NotMoney,
}
