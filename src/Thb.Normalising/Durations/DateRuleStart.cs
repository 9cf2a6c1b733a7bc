namespace Thb.Normalising.Durations;

/// <summary>The token a date rule starts at.</summary>
internal enum DateRuleStart
{
    /// <summary>A number ("15.04.2010", "2010", "3rd quarter").</summary>
    Number,

    /// <summary>A month name ("October 2010").</summary>
    MonthName,

    /// <summary>Any other word ("Q3 2012", "second half of 2010", "summer 2011").</summary>
    Word,
}
