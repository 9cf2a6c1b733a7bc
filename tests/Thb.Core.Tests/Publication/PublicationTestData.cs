using System.Globalization;
using System.Text;
using Thb.Cycles;
using Thb.Normalising.Durations;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Publication;

namespace Thb.Tests.Publication;

/// <summary>Publication inputs made by hand: hostile, huge and right-to-left descriptions, and cycles without returns.</summary>
public static class PublicationTestData
{
    public static readonly PublicationContributor Austria = new("austria", "Austria", ContributorKind.MemberState, 1);
    public static readonly PublicationContributor Bulgaria = new("bulgaria", "Bulgaria", ContributorKind.MemberState, 2);
    public static readonly PublicationContributor Eurojust = new("eurojust", "Eurojust", ContributorKind.EuBody, 3);

    public static PublicationRow Row(int row, string description, string country = "Serbia", string code = "RS") => new(
        row, new AnnexCells(country, "Training", description, "IOM", "2010", "1.000 EUR"), [new Place(PlaceKind.Country, country, code)], null,
        new Duration("2010", DurationKind.Single, new PartialDate(2010), new PartialDate(2010), false),
        new Funding("1.000 EUR", FundingKind.Amount, 1000m, null, null, null));

    public static PublicationSection Section(PublicationContributor contributor, params PublicationRow[] rows) =>
        new(contributor, new PublicationSubmission($"sub-{contributor.Id}", $"{contributor.Name}.xlsx", new DateTimeOffset(2012, 6, 1, 9, 0, 0, TimeSpan.Zero)), rows);

    public static PublicationSection Missing(PublicationContributor contributor) => new(contributor, null, []);

    public static PublicationInput Input(params PublicationSection[] sections) =>
        new("2012-2", "Second cycle 2012", new DateTimeOffset(2012, 7, 2, 10, 15, 30, TimeSpan.Zero), "annex-2012-2-20120702T101530Z", sections);

    /// <summary>Distinct words "W00001 W00002 …" with a line break now and then, exactly <paramref name="length"/> characters.</summary>
    public static string Words(int length)
    {
        var builder = new StringBuilder(length + 16);
        for (var i = 1; builder.Length < length; i++)
            builder.Append('W').Append(i.ToString("D5", CultureInfo.InvariantCulture)).Append(i % 97 == 0 ? '\n' : ' ');
        builder.Length = length;
        return builder.ToString();
    }

    public const string Hostile = "{ PAGE } { MERGEFIELD Name } <w:fldSimple w:instr=\"DATE\"/> =SUM(A1) @cmd|' /C calc'!A0 &amp; ]]> \t<b>bold?</b>";
    public const string RightToLeft = "مكافحة الاتجار بالبشر in Tunis, סחר בבני אדם in Haifa";
    public const string OtherScripts = "ადამიანით ვაჭრობა (Georgian), Թրաֆիքինգ (Armenian), торговля людьми, εμπορία ανθρώπων, 人口贩卖";
}
