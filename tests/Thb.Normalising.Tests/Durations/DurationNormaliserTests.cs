using Thb.Normalising;
using Thb.Normalising.Durations;

namespace Thb.Normalising.Tests.Durations;

public class DurationNormaliserTests
{
    private static void Check(string raw, string kind, string? start, string? end, bool ongoing)
    {
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Equal(raw, d.Raw);
        Assert.Equal(kind, ContractNames.Of(d.Kind));
        Assert.Equal(start, d.Start?.ToString());
        Assert.Equal(end, d.End?.ToString());
        Assert.Equal(ongoing, d.Ongoing);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("-", "empty")]
    [InlineData("--", "empty")]
    [InlineData("_", "empty")]
    [InlineData("on regular basis", "recurring")]
    [InlineData("regularly", "recurring")]
    [InlineData("annually", "recurring")]
    [InlineData("every year", "recurring")]
    [InlineData("Periodical meetins", "recurring")]
    [InlineData("Brdo Process Regional Ministerial Conference, held annually at Brdo in Slovenia.", "recurring")]
    [InlineData("régulièrement", "recurring")]
    [InlineData("jährlich", "recurring")]
    [InlineData("Draft Agreement Finalised", "unparseable")]
    [InlineData("yes", "unparseable")]
    [InlineData("Argentina, March 2", "unparseable")]
    [InlineData("1 June", "unparseable")]
    [InlineData("29.91.10. 2010", "unparseable")]
    [InlineData("50.11 01.12.2007", "unparseable")]
    [InlineData("31.02.2010", "unparseable")]
    [InlineData("12 months", "unparseable")]
    public void Cells_without_dates(string raw, string kind)
    {
        Check(raw, kind, null, null, false);
    }

    [Theory]
    [InlineData("On going")]
    [InlineData("ongoing")]
    [InlineData("Ongoing")]
    [InlineData("on-going")]
    [InlineData("Open-ended")]
    [InlineData("open ended")]
    [InlineData("en cours")]
    [InlineData("laufend")]
    [InlineData("fortlaufend")]
    [InlineData("permanent")]
    public void Ongoing_without_dates_is_open_ended(string raw)
    {
        Check(raw, "open-ended", null, null, true);
    }

    [Theory]
    [InlineData("15 October 2010", "2010-10-15")]
    [InlineData("2010", "2010")]
    [InlineData("2011", "2011")]
    [InlineData("early 2009", "2009")]
    [InlineData("October 2010", "2010-10")]
    [InlineData("November 10, 2010", "2010-11-10")]
    [InlineData("Dece mber 2009", "2009-12")]
    [InlineData("Mar.2011", "2011-03")]
    [InlineData("15. 04. 2010", "2010-04-15")]
    [InlineData("12.05.2010", "2010-05-12")]
    [InlineData("14.09.06 (ToR)", "2006-09-14")]
    [InlineData("06/12/2010 (ad hoc)", "2010-12-06")]
    [InlineData("2010-03-01", "2010-03-01")]
    [InlineData("2010-03", "2010-03")]
    [InlineData("2010.03.01", "2010-03-01")]
    [InlineData("12/25/2010", "2010-12-25")]
    [InlineData("10/2010", "2010-10")]
    [InlineData("Oktober 2010", "2010-10")]
    [InlineData("im Jänner 2011", "2011-01")]
    [InlineData("1er mars 2010", "2010-03-01")]
    [InlineData("1. März 2010", "2010-03-01")]
    [InlineData("décembre 2009", "2009-12")]
    [InlineData("févr. 2011", "2011-02")]
    [InlineData("Signed on 14 April 2010", "2010-04-14")]
    [InlineData("Signed on 30 August 2010", "2010-08-30")]
    [InlineData("The agreement was signed on 27 November 2008. Entry into force is pending.", "2008-11-27")]
    [InlineData("The MoU was signed on 26 February 2010.", "2010-02-26")]
    [InlineData("Agreement signed on 9 th of July 2010; currently waiting for the process of its ratification.", "2010-07-09")]
    [InlineData("The negotiation procedure was finished in October 2010, currently the agreement is waiting for an official approval of the Prime Minister of Poland to sign the agreement.", "2010-10")]
    [InlineData("1 Janaury 2010", "2010-01-01")]
    [InlineData("3 Setpember 2010", "2010-09-03")]
    [InlineData("May '10", "2010-05")]
    [InlineData("11.11.2009 11.11.2009", "2009-11-11")]
    [InlineData("21 Oct 2010, Warsaw", "2010-10-21")]
    public void Single_dates(string raw, string date)
    {
        Check(raw, "single", date, date, false);
    }

    [Theory]
    [InlineData("14-19 October 2010", "2010-10-14", "2010-10-19")]
    [InlineData("13-17 September 2010", "2010-09-13", "2010-09-17")]
    [InlineData("18 – 22 Janaury 2010", "2010-01-18", "2010-01-22")]
    [InlineData("15 December 2006 - 31 Devember 2010", "2006-12-15", "2010-12-31")]
    [InlineData("1 November 2008 – 30 April 2010", "2008-11-01", "2010-04-30")]
    [InlineData("1 Janaury 2008 – 31 December 2010", "2008-01-01", "2010-12-31")]
    [InlineData("31 January- 2 February 2010", "2010-01-31", "2010-02-02")]
    [InlineData("October 26-27, 2010", "2010-10-26", "2010-10-27")]
    [InlineData("May 20-21, 2010", "2010-05-20", "2010-05-21")]
    [InlineData("1 Sept 2008 – 31 Dec 2010", "2008-09-01", "2010-12-31")]
    [InlineData("September 2009 – March 2011", "2009-09", "2011-03")]
    [InlineData("2011 – March 2013", "2011", "2013-03")]
    [InlineData("2008-February 2010", "2008", "2010-02")]
    [InlineData("2009 - 2012", "2009", "2012")]
    [InlineData("2009-2010", "2009", "2010")]
    [InlineData("2000-2015", "2000", "2015")]
    [InlineData("2009/10", "2009", "2010")]
    [InlineData("2009-14", "2009", "2014")]
    [InlineData("4-6.5.2010", "2010-05-04", "2010-05-06")]
    [InlineData("18.5.2010 and 19.5.2010", "2010-05-18", "2010-05-19")]
    [InlineData("19.6.2010 27.6.2010", "2010-06-19", "2010-06-27")]
    [InlineData("28.06.01 / 24.12.01", "2001-06-28", "2001-12-24")]
    [InlineData("Jan. - Dec. 2010", "2010-01", "2010-12")]
    [InlineData("From March to June 2010", "2010-03", "2010-06")]
    [InlineData("The project lasted from January 2009 until December 2010", "2009-01", "2010-12")]
    [InlineData("10 and 11 May 2010", "2010-05-10", "2010-05-11")]
    [InlineData("Maputo 26 to 29 July 2010", "2010-07-26", "2010-07-29")]
    [InlineData("January–March 2011", "2011-01", "2011-03")]
    [InlineData("1st-3rd March 2010", "2010-03-01", "2010-03-03")]
    [InlineData("05.12-07.12.2010", "2010-12-05", "2010-12-07")]
    [InlineData("03-04/12/2009", "2009-12-03", "2009-12-04")]
    [InlineData("01.07-31.12.2009", "2009-07-01", "2009-12-31")]
    [InlineData("30.11-04.12.2009", "2009-11-30", "2009-12-04")]
    [InlineData("1-2.2.2010", "2010-02-01", "2010-02-02")]
    [InlineData("01/01/2011 01/01/2013", "2011-01-01", "2013-01-01")]
    [InlineData("29/11/2010 29/07/2011", "2010-11-29", "2011-07-29")]
    [InlineData("08/09/2010 10/09/2010 (ad hoc)", "2010-09-08", "2010-09-10")]
    [InlineData("26.01.07/27.01.07", "2007-01-26", "2007-01-27")]
    [InlineData("12.02.07/ 26.07.07", "2007-02-12", "2007-07-26")]
    [InlineData("18.09.08 / 14.05.09", "2008-09-18", "2009-05-14")]
    [InlineData("15/03/2010-17/03/2010", "2010-03-15", "2010-03-17")]
    [InlineData("22.1125.11.2010", "2010-11-22", "2010-11-25")]
    [InlineData("15.1126.11.2010 and 28.0308.04.2011", "2010-11-15", "2011-04-08")]
    [InlineData("Novemb er 2010 – Novemb er 2013", "2010-11", "2013-11")]
    [InlineData("Januar y 2009 - Septe mber 2010", "2009-01", "2010-09")]
    [InlineData("Januar y 2009 Januar y 2011", "2009-01", "2011-01")]
    [InlineData("Febru ary 2009 – Febru ary 2011", "2009-02", "2011-02")]
    [InlineData("November 2009October 2011", "2009-11", "2011-10")]
    [InlineData("201012-201312", "2010-12", "2013-12")]
    [InlineData("200903-201206 (last", "2009-03", "2012-06")]
    [InlineData("200610-201106,", "2006-10", "2011-06")]
    [InlineData("From 13.11.2009 till 30.04.2011", "2009-11-13", "2011-04-30")]
    [InlineData("01/08/2008 to 31/07/2011", "2008-08-01", "2011-07-31")]
    [InlineData("Start - June, 2009 End – June, 2011", "2009-06", "2011-06")]
    [InlineData("Start – October, 2010 End – October, 2012", "2010-10", "2012-10")]
    [InlineData("12 months: September 2009 - August 2010", "2009-09", "2010-08")]
    [InlineData("3 years: 2008-2011", "2008", "2011")]
    [InlineData("18 months (September 2010 - March 2012", "2010-09", "2012-03")]
    [InlineData("(April 2011/September 2012)", "2011-04", "2012-09")]
    [InlineData("09.12.2009/ - 08.12.2010", "2009-12-09", "2010-12-08")]
    [InlineData("Nov.2009 Apr.2010 (ad hoc)", "2009-11", "2010-04")]
    [InlineData("April 2005- September 2006 and May 2007- December 2008", "2005-04", "2008-12")]
    [InlineData("1-2.2.2010 17-18.6.2010 23.11.2010", "2010-02-01", "2010-11-23")]
    [InlineData("25-27.5.2010 29 -31.3.2010", "2010-03-29", "2010-05-27")]
    [InlineData("du 1er mars au 30 avril 2010", "2010-03-01", "2010-04-30")]
    [InlineData("ab 1. Jänner 2010 bis 31. Dezember 2011", "2010-01-01", "2011-12-31")]
    [InlineData("vom 3. bis 5. Mai 2011", "2011-05-03", "2011-05-05")]
    [InlineData("2.-4. März 2010", "2010-03-02", "2010-03-04")]
    [InlineData("Oktober 2010 — Juni 2011", "2010-10", "2011-06")]
    [InlineData("janvier 2010 ‒ juillet 2011", "2010-01", "2011-07")]
    [InlineData("Q1 2010 - Q3 2011", "2010-01", "2011-09")]
    [InlineData("mid-2010 to end of 2012", "2010", "2012")]
    [InlineData("May '10 - June '11", "2010-05", "2011-06")]
    [InlineData("November - March 2011", "2010-11", "2011-03")]
    [InlineData("2010-03-01 to 2010-06-30", "2010-03-01", "2010-06-30")]
    [InlineData("2010, 2011 and 2012", "2010", "2012")]
    [InlineData("By exchange of letters - Letter received from the SG of the Council on 01.08.08. Reply letter by Mr. Ratzel dated 25.08.08", "2008-08-01", "2008-08-25")]
    [InlineData("Formerly Nordic- Baltic Task Force (2002-2006), since 2006 integrated into CBSS, current mandate until 2014.", "2002", "2014")]
    [InlineData("2007 - 2010 The project was finished in 2nd half of 2010 due to lack of funds. The Czech Republic is a member since July 2009", "2007", "2010")]
    public void Ranges(string raw, string start, string end)
    {
        Check(raw, "range", start, end, false);
    }

    [Theory]
    [InlineData("2009 - 2011 The project will be finished in April 2011. the Police of the Czech Republic participates since September 2009", "2009-09", "2011-04")]
    public void A_precise_date_inside_a_broad_one_refines_it(string raw, string start, string end)
    {
        Check(raw, "range", start, end, false);
    }

    [Fact]
    public void Several_phases_give_their_envelope_and_keep_ongoing()
    {
        Check(
            "The project is expected to have the following phases: 1st phase: 1 January 2010 – 28 February 2011 (ongoing) 2nd phase: 1 March 2010 – 31 December 2011 3rd phase: 1 January",
            "range",
            "2010-01-01",
            "2011-12-31",
            true);
    }

    [Theory]
    [InlineData("From October 2009 – current", "2009-10")]
    [InlineData("From January 2011, current", "2011-01")]
    [InlineData("From12.11.2009, ongoing", "2009-11-12")]
    [InlineData("From 20.05.2010 (updated) current", "2010-05-20")]
    [InlineData("From 2009, 2010 updated, current", "2009")]
    [InlineData("From 1999, updated on 22.10.2010, current", "1999")]
    [InlineData("From 1999, updated on 20.05.2010, current", "1999")]
    [InlineData("26/06/2007 – on going", "2007-06-26")]
    [InlineData("22/02/2011 – on going", "2011-02-22")]
    [InlineData("June 2006 – on going", "2006-06")]
    [InlineData("Since 2008", "2008")]
    [InlineData("Since 2003 in the framework of the Programme", "2003")]
    [InlineData("Started end of June 2010", "2010-06")]
    [InlineData("Started end of 2009 -", "2009")]
    [InlineData("Start: 2008 State: still ongoing", "2008")]
    [InlineData("Start: 2005 State : still ongoing", "2005")]
    [InlineData("Start: March 2009", "2009-03")]
    [InlineData("Start date: 26.5.10", "2010-05-26")]
    [InlineData("Negotiations started on 11 May 2006. -", "2006-05-11")]
    [InlineData("Negotiations started on 29 October 2010", "2010-10-29")]
    [InlineData("22 March 2011 - ongoing", "2011-03-22")]
    [InlineData("November 2009 -", "2009-11")]
    [InlineData("1999 - present", "1999")]
    [InlineData("2010 - to date", "2010")]
    [InlineData("ongoing since 2005", "2005")]
    [InlineData("depuis janvier 2009, en cours", "2009-01")]
    [InlineData("à partir de février 2010", "2010-02")]
    [InlineData("seit März 2009, laufend", "2009-03")]
    [InlineData("ab Oktober 2010 fortlaufend", "2010-10")]
    [InlineData("The agreement was signed on 28 November 2008 and entered into force on 23 June 2010.", "2008-11-28")]
    [InlineData("Entry into force: 1 May 2010", "2010-05-01")]
    [InlineData("Process of negotiations is currently running From April 2010 – the possibility of using funds from the Project no 6 Assistance in voluntary return from Poland and reintegration, as a part of Annual Work Programme 2010 of the European Return Fund", "2010-04")]
    public void Open_ended(string raw, string start)
    {
        Check(raw, "open-ended", start, null, true);
    }

    [Theory]
    [InlineData("until December 2012", "2012-12")]
    [InlineData("jusqu'au 31 décembre 2012", "2012-12-31")]
    [InlineData("bis Ende 2012", "2012")]
    public void Only_an_end(string raw, string end)
    {
        Check(raw, "range", null, end, false);
    }

    [Theory]
    [InlineData("26.5.10", "2010-05-26")]
    [InlineData("26.5.49", "2049-05-26")]
    [InlineData("26.5.50", "1950-05-26")]
    [InlineData("01.02.99", "1999-02-01")]
    public void Two_digit_years_pivot_at_50(string raw, string date)
    {
        Check(raw, "single", date, date, false);
    }

    [Theory]
    [InlineData("05/04/2010", "2010-04-05")]
    [InlineData("04/05/2010", "2010-05-04")]
    [InlineData("05/13/2010", "2010-05-13")]
    [InlineData("13/05/2010", "2010-05-13")]
    public void Numeric_dates_are_day_first_unless_impossible(string raw, string date)
    {
        Check(raw, "single", date, date, false);
    }

    [Fact]
    public void Null_is_empty_with_empty_raw()
    {
        Duration d = DurationNormaliser.Normalise(null);
        Assert.Equal("", d.Raw);
        Assert.Equal(DurationKind.Empty, d.Kind);
        Assert.Null(d.Start);
        Assert.Null(d.End);
        Assert.False(d.Ongoing);
    }

    [Fact]
    public void Raw_text_is_kept_exactly()
    {
        const string raw = "  1 November 2008 –\n30 April 2010 ";
        Duration d = DurationNormaliser.Normalise(raw);
        Assert.Same(raw, d.Raw);
        Assert.Equal("2008-11-01", d.Start?.ToString());
        Assert.Equal("2010-04-30", d.End?.ToString());
    }

    [Fact]
    public void Never_invents_a_month_or_a_day()
    {
        foreach (string raw in new[] { "2010", "end of 2010", "early 2009", "mid-2010", "Anfang 2012", "fin 2012", "winter 2011", "2009 - 2012" })
        {
            Duration d = DurationNormaliser.Normalise(raw);
            Assert.Equal(DatePrecision.Year, d.Start!.Value.Precision);
        }

        // A part of a year names its months, never a day.
        foreach (string raw in new[] { "Spring 2010", "Summer 2011", "Q3 2012", "2nd half of 2010" })
        {
            Duration d = DurationNormaliser.Normalise(raw);
            Assert.Equal(DatePrecision.Month, d.Start!.Value.Precision);
            Assert.Equal(DatePrecision.Month, d.End!.Value.Precision);
        }
    }

    [Fact]
    public void Exotic_spaces_and_dashes_are_understood()
    {
        Check("1\u00A0November\u00A02008\u2009\u2014\u200930\u202FApril 2010", "range", "2008-11-01", "2010-04-30", false);
        Check("2009\u22122012", "range", "2009", "2012", false);
    }

    [Theory]
    [InlineData(40_000)]
    [InlineData(100_000)]
    public void Very_long_text_is_read_whole_without_a_fault(int length)
    {
        // How fast this is, is measured by the benchmarks; here: every pathological shape is read, kept and not a fault.
        string[] pieces = ["1.2.3.4.5.", "14-19 October 2010 ", "aaaaaaaaaa ", "-/-/-/-/", "Novemb er ", "2009 ", "............", "on going "];
        var sb = new System.Text.StringBuilder(length + 32);
        int k = 0;
        while (sb.Length < length)
        {
            sb.Append(pieces[k++ % pieces.Length]);
        }

        string[] texts =
        [
            sb.ToString(), new string('1', length), new string('.', length),
            string.Concat(Enumerable.Repeat("12.", length / 3)), string.Concat(Enumerable.Repeat("Januar y ", length / 9)),
        ];
        foreach (string text in texts)
        {
            ReadResult<Duration> read = DurationNormaliser.Read(text);
            Assert.False(read.IsInternalError, read.Failure?.Message);
            Assert.Same(text, read.Value.Raw);
        }
    }

    [Fact]
    public void Does_not_depend_on_the_current_culture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Check("1 MAI 2010 - 31 DEZEMBER 2011", "range", "2010-05-01", "2011-12-31", false);
            Check("15 OCTOBER 2010", "single", "2010-10-15", "2010-10-15", false);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void FromCells_uses_the_structured_cells()
    {
        var start = new PartialDate(2010, 1);
        var end = new PartialDate(2011, 6, 30);

        Duration range = DurationNormaliser.FromCells("whatever", start, end, null);
        Assert.Equal(DurationKind.Range, range.Kind);
        Assert.Equal(start, range.Start);
        Assert.Equal(end, range.End);
        Assert.False(range.Ongoing);
        Assert.Equal("whatever", range.Raw);

        Duration swapped = DurationNormaliser.FromCells("", end, start, false);
        Assert.Equal(start, swapped.Start);
        Assert.Equal(end, swapped.End);

        Duration open = DurationNormaliser.FromCells("", start, null, true);
        Assert.Equal(DurationKind.OpenEnded, open.Kind);
        Assert.Equal(start, open.Start);
        Assert.Null(open.End);
        Assert.True(open.Ongoing);

        Duration single = DurationNormaliser.FromCells("", start, null, false);
        Assert.Equal(DurationKind.Single, single.Kind);
        Assert.Equal(start, single.End);

        Duration same = DurationNormaliser.FromCells("", start, start, null);
        Assert.Equal(DurationKind.Single, same.Kind);

        Duration endOnly = DurationNormaliser.FromCells("", null, end, null);
        Assert.Equal(DurationKind.Range, endOnly.Kind);
        Assert.Null(endOnly.Start);
        Assert.Equal(end, endOnly.End);
    }

    [Fact]
    public void FromCells_reads_the_text_when_the_cells_leave_it_open()
    {
        Duration parsed = DurationNormaliser.FromCells("14-19 October 2010", null, null, null);
        Assert.Equal(DurationNormaliser.Normalise("14-19 October 2010"), parsed);

        Duration running = DurationNormaliser.FromCells("", null, null, true);
        Assert.Equal(DurationKind.OpenEnded, running.Kind);
        Assert.True(running.Ongoing);

        Duration startFromText = DurationNormaliser.FromCells("Since 2008", new PartialDate(2008), null, null);
        Assert.Equal(DurationKind.OpenEnded, startFromText.Kind);
        Assert.True(startFromText.Ongoing);

        Duration stopped = DurationNormaliser.FromCells("On going", null, null, false);
        Assert.False(stopped.Ongoing);
    }
}
