namespace Thb.Normalising.Durations;

/// <summary>
/// The date grammar as a table: at each token the rules that start there are tried in this order and the first that
/// matches wins (so "2010-03" is an ISO month before it could be the fiscal year "2010-03"). The rules themselves are
/// small methods of <see cref="NumericDateRules"/>, <see cref="WordDateRules"/> and <see cref="PeriodRules"/>; the words
/// they use are data (<c>month-names.json</c>, <c>duration-words.json</c>, <c>periods.json</c>).
/// </summary>
internal static class DateGrammar
{
    public static readonly DateRule[] Rules =
    [
        new("ISO date", "2010-03-01, 2010-03, 2010.03.01", DateRuleStart.Number, NumericDateRules.Iso),
        new("compact date", "201012, 20101231", DateRuleStart.Number, NumericDateRules.Compact),
        new("fiscal year", "2009/10, 2009-14", DateRuleStart.Number, NumericDateRules.FiscalYear),
        new("two dates glued by a PDF", "22.1125.11.2010 (22.11 and 25.11.2010)", DateRuleStart.Number, NumericDateRules.Glued),
        new("numeric date, day first", "15.04.2010, 15. 04. 2010, 26.5.10, 01/08/2008, 03-04-2010", DateRuleStart.Number, NumericDateRules.NumericFull),
        new("numeric month and year", "03/2010, 10.2010", DateRuleStart.Number, NumericDateRules.NumericMonthYear),
        new("numeric day and month before a range", "05.12 in 05.12-07.12.2010", DateRuleStart.Number, NumericDateRules.NumericDayMonth),
        new("numbered part of a year", "3rd quarter of 2012, 2. Halbjahr 2012, 1er semestre 2012, 3Q 2012", DateRuleStart.Number, PeriodRules.Numbered),
        new("day and month name", "15 October 2010, 9 th of July 2010, 1er mars 2010, 1. März 2010, 31 January", DateRuleStart.Number, NumericDateRules.DayWord),
        new("bare day before a range", "14 in 14-19 October 2010, 10 and 11 May 2010, 03-04/12/2009", DateRuleStart.Number, NumericDateRules.DayOnly),
        new("year and part", "2012 Q3, 2012-H2", DateRuleStart.Number, PeriodRules.YearFirst),
        new("year", "2010", DateRuleStart.Number, NumericDateRules.Year),
        new("month name first", "October 2010, June, 2009, Nov.2009, November 10, 2010, October 26-27, 2010, May '10, March", DateRuleStart.MonthName, WordDateRules.MonthLed),
        new("lettered part of a year", "Q3 2012, H2 2010, S1 2012, T3/2012", DateRuleStart.Word, PeriodRules.Lettered),
        new("worded part of a year", "third quarter 2012, second half of 2010, zweites Halbjahr 2012, deuxième semestre 2012, II. Quartal 2012", DateRuleStart.Word, PeriodRules.Worded),
        new("season", "summer 2011, été 2011, Sommer 2011, winter 2011/12", DateRuleStart.Word, PeriodRules.Season),
    ];

    public static readonly DateRule[] NumberRules = Rules.Where(r => r.Start == DateRuleStart.Number).ToArray();

    public static readonly DateRule[] MonthRules = Rules.Where(r => r.Start == DateRuleStart.MonthName).ToArray();

    public static readonly DateRule[] WordRules = Rules.Where(r => r.Start == DateRuleStart.Word).ToArray();
}
