// Temporary stand-ins with the agreed API until the place, duration and funding normalisers are merged.
namespace Thb.Intake.Normalising.Places
{
    public enum PlaceKind { Country, Region, Organisation }
    public sealed record Place(PlaceKind Kind, string Name, string? Code);
    public sealed record PlaceList(string Raw, IReadOnlyList<Place> Places) { public bool IsEmpty => Places.Count == 0; }
    public static class PlaceNormaliser { public static PlaceList Normalise(string? raw) => new(raw ?? "", []); }
    public sealed record Country(string Code, string Name);
    public static class Countries
    {
        public static IReadOnlyList<Country> All { get; } = [];
        public static bool TryGet(string code, out Country country) { country = new Country(code, code); return false; }
    }
}
namespace Thb.Intake.Normalising.Durations
{
    public enum DatePrecision { Year, Month, Day }
    public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
    {
        public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;
        public override string ToString() => Day is not null ? $"{Year:0000}-{Month:00}-{Day:00}" : Month is not null ? $"{Year:0000}-{Month:00}" : $"{Year:0000}";
        public static bool TryParseIso(string s, out PartialDate date) { date = default; return false; }
        public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);
        public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);
        public DateOnly LastDay => Day is not null ? new(Year, Month!.Value, Day.Value) : Month is not null ? new(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value)) : new(Year, 12, 31);
        public int CompareTo(PartialDate other) => FirstDay.CompareTo(other.FirstDay);
    }
    public enum DurationKind { Range, Single, OpenEnded, Recurring, Unparseable, Empty }
    public sealed record Duration(string Raw, DurationKind Kind, PartialDate? Start, PartialDate? End, bool Ongoing);
    public static class DurationNormaliser
    {
        public static Duration Normalise(string? raw) => new(raw ?? "", string.IsNullOrWhiteSpace(raw) ? DurationKind.Empty : DurationKind.Unparseable, null, null, false);
        public static Duration FromCells(string raw, PartialDate? start, PartialDate? end, bool? ongoing) =>
            new(raw, start is not null && end is not null ? DurationKind.Range : start is not null ? DurationKind.OpenEnded : DurationKind.Empty, start, end, ongoing ?? false);
    }
    public static class DurationKinds
    {
        public static string ToJson(DurationKind kind) => kind switch
        {
            DurationKind.Range => "range", DurationKind.Single => "single", DurationKind.OpenEnded => "open-ended",
            DurationKind.Recurring => "recurring", DurationKind.Unparseable => "unparseable", _ => "empty",
        };
    }
}
namespace Thb.Intake.Normalising.Funding
{
    public readonly record struct Money(decimal Amount, string Currency);
    public enum FundingKind { Amount, Range, NonMonetary, NotAvailable, Placeholder, Empty, OtherCurrency }
    public sealed record Funding(string Raw, FundingKind Kind, decimal? AmountEur, decimal? MinEur, decimal? MaxEur, string? Note, Money? Original = null);
    public static class FundingNormaliser
    {
        public static Funding Normalise(string? raw) => new(raw ?? "", string.IsNullOrWhiteSpace(raw) ? FundingKind.Empty : FundingKind.NonMonetary, null, null, null, null);
        public static Funding FromNumber(decimal eur, string raw) => new(raw, FundingKind.Amount, eur, null, null, null);
    }
    public static class FundingKinds
    {
        public static string ToJson(FundingKind kind) => kind switch
        {
            FundingKind.Amount => "amount", FundingKind.Range => "range", FundingKind.NonMonetary => "non-monetary",
            FundingKind.NotAvailable => "not-available", FundingKind.Placeholder => "placeholder",
            FundingKind.OtherCurrency => "other-currency", _ => "empty",
        };
    }
}
