using Thb.Workbooks;
using System.Globalization;
using Thb.Intake.Findings;
using Thb.Normalising;
using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;
using Thb.Intake.Workbooks;
using FundingValue = Thb.Normalising.Funding.Funding;
using static Thb.Intake.Findings.FindingText;

namespace Thb.Intake.Returns;

/// <summary>
/// Turns one table row into a normalised action: every cell read with its raw text kept, the template's helper columns
/// taking precedence over the free text, and a finding for each thing a person should fix, at its cell.
/// </summary>
internal static class ReturnRowNormaliser
{
    public static ReturnRow Normalise(RawReturnRow raw, string sheet, WorkbookLimits limits, List<Finding> findings)
    {
        var rowFindings = new List<Finding>();
        void Add(Finding f)
        {
            rowFindings.Add(f);
            findings.Add(f);
        }
        string Cell(ReturnColumn column) => raw.Cells.TryGetValue(column, out var c) ? c.Value.Text : "";
        CellReference? At(ReturnColumn column) => raw.Columns.TryGetValue(column, out var c) ? new CellReference(raw.Row, c) : null;

        foreach (var (column, cell) in raw.Cells)
        {
            var at = new CellReference(raw.Row, raw.Columns[column]);
            var value = cell.Value;
            if (value.IsFormula && value.Text.Length == 0)
                Add(Finding.Warning(FindingCodes.CellFormulaWithoutValue, FindingMessage.With(at.ToString(), Shorten(value.Formula!, 60)), sheet, at));
            else if (value.IsFormula)
                Add(Finding.Warning(FindingCodes.CellFormula, FindingMessage.With(at.ToString(), Shorten(value.Formula!, 60), Shorten(value.Text, 60)), sheet, at));
            if (value.Kind == CellKind.Error)
                Add(Finding.Warning(FindingCodes.CellErrorValue, FindingMessage.With(at.ToString(), value.Text), sheet, at));
            if (value.Text.Length > limits.ExcelCellCharacterLimit)
                Add(Finding.Warning(FindingCodes.CellTooLong, FindingMessage.With(at.ToString(), value.Text.Length, limits.ExcelCellCharacterLimit), sheet, at));
            if (cell.MergedFrom is { } merged)
                Add(Finding.Info(FindingCodes.CellMerged, FindingMessage.With(at.ToString(), merged.ToString(), merged.TopLeft.ToString()), sheet, at));
        }

        var countryText = Cell(ReturnColumn.CountryRegion);
        var placesRead = PlaceNormaliser.Read(countryText);
        var places = Reported(placesRead, sheet, At(ReturnColumn.CountryRegion), Add);
        if (raw.Columns.ContainsKey(ReturnColumn.CountryRegion) && string.IsNullOrWhiteSpace(countryText))
            Add(Finding.Warning(FindingCodes.RowCountryMissing, FindingMessage.With(raw.Row), sheet, At(ReturnColumn.CountryRegion)));
        else if (places.IsEmpty && !placesRead.IsInternalError)
            Add(Finding.Info(FindingCodes.RowPlaceUnrecognised, FindingMessage.With(Shorten(countryText, 60)), sheet, At(ReturnColumn.CountryRegion)));

        var formText = Cell(ReturnColumn.Form);
        var form = Reported(FormNormaliser.Read(formText), sheet, At(ReturnColumn.Form), Add);
        if (raw.Columns.ContainsKey(ReturnColumn.Form) && string.IsNullOrWhiteSpace(formText))
            Add(Finding.Info(FindingCodes.RowFormMissing, FindingMessage.With(raw.Row), sheet, At(ReturnColumn.Form)));

        var description = Cell(ReturnColumn.Description);
        if (raw.Columns.ContainsKey(ReturnColumn.Description) && string.IsNullOrWhiteSpace(description))
            Add(Finding.Warning(FindingCodes.RowDescriptionMissing, FindingMessage.With(raw.Row), sheet, At(ReturnColumn.Description)));
        if (raw.LooksLikeContinuation)
            Add(Finding.Warning(FindingCodes.RowContinuation, FindingMessage.With(raw.Row), sheet, new CellReference(raw.Row, 1)));

        var duration = ReadDuration(raw, sheet, Add);
        var funding = ReadFunding(raw, sheet, Add);
        return new ReturnRow(raw.Row, places, form, new RawText(description), new RawText(Cell(ReturnColumn.Partner)), duration, funding, rowFindings);
    }

    private static Duration ReadDuration(RawReturnRow raw, string sheet, Action<Finding> add)
    {
        raw.Cells.TryGetValue(ReturnColumn.Duration, out var durationCell);
        var text = durationCell?.Value.Text ?? "";
        var at = raw.Columns.TryGetValue(ReturnColumn.Duration, out var dc) ? new CellReference(raw.Row, dc) : (CellReference?)null;

        var textRead = durationCell?.Value is { Kind: CellKind.Date } dateCell && DateOfCell(dateCell) is { } d
            ? ReadResult<Duration>.Success(new Duration(text, DurationKind.Single, d, d, false))
            : DurationNormaliser.Read(text);
        var fromText = Reported(textRead, sheet, at, add);

        var start = HelperDate(raw, ReturnColumn.StartDate, sheet, add);
        var end = HelperDate(raw, ReturnColumn.EndDate, sheet, add);
        var ongoing = HelperBool(raw, ReturnColumn.Ongoing);
        if (start is not null || end is not null || ongoing is not null)
        {
            var shown = text.Length > 0 ? text : HelperText(raw, start, end, ongoing);
            var helpersRead = DurationNormaliser.ReadCells(shown, start, end, ongoing);
            var fromHelpers = textRead.IsInternalError ? helpersRead.Value : Reported(helpersRead, sheet, at, add);
            if (text.Length > 0 && fromText.Kind is DurationKind.Range or DurationKind.Single or DurationKind.OpenEnded &&
                (start is not null && fromText.Start is not null && start.Value.ToString() != fromText.Start.Value.ToString() ||
                 end is not null && fromText.End is not null && end.Value.ToString() != fromText.End.Value.ToString()))
            {
                add(Finding.Warning(FindingCodes.DurationHelperConflict,
                    FindingMessage.With(start?.ToString() ?? "…", end?.ToString() ?? "…", Shorten(text, 40), fromText.Start?.ToString() ?? "…", fromText.End?.ToString() ?? "…"),
                    sheet, at));
            }
            return fromHelpers;
        }

        switch (fromText.Kind)
        {
            case DurationKind.Unparseable when !textRead.IsInternalError:
                add(Finding.Warning(FindingCodes.DurationUnparseable, FindingMessage.With(Shorten(text, 60)), sheet, at));
                break;
            case DurationKind.Empty when at is not null:
                add(Finding.Info(FindingCodes.DurationEmpty, FindingMessage.With(raw.Row), sheet, at));
                break;
        }
        if (fromText is { Start: { } s, End: { } e } && s.FirstDay > e.LastDay)
            add(Finding.Warning(FindingCodes.DurationReversed, FindingMessage.With(Shorten(text, 60), e.ToString(), s.ToString()), sheet, at));
        return fromText;
    }

    private static FundingValue ReadFunding(RawReturnRow raw, string sheet, Action<Finding> add)
    {
        raw.Cells.TryGetValue(ReturnColumn.Funding, out var fundingCell);
        var text = fundingCell?.Value.Text ?? "";
        var at = raw.Columns.TryGetValue(ReturnColumn.Funding, out var fc) ? new CellReference(raw.Row, fc) : (CellReference?)null;
        ReadResult<FundingValue>? textRead = null;
        FundingValue FromText() => Reported(textRead ??= FundingNormaliser.Read(text), sheet, at, add);

        if (raw.Cells.TryGetValue(ReturnColumn.AmountEur, out var amountCell) && !amountCell.Value.IsBlank)
        {
            var amountAt = new CellReference(raw.Row, raw.Columns[ReturnColumn.AmountEur]);
            var amount = Decimal(amountCell.Value.Number) ?? Reported(FundingNormaliser.Read(amountCell.Value.Text), sheet, amountAt, add).AmountEur;
            if (amount is not null)
            {
                var fromText = FromText();
                // The two agree: the text's reading stands, with what else it says (a note, the original currency).
                if (fromText.AmountEur == amount) return fromText;
                if (fromText.AmountEur is { } written)
                    add(Finding.Warning(FindingCodes.FundingHelperConflict, FindingMessage.With(amount.Value, Shorten(text, 40), written), sheet, at));
                return FundingNormaliser.FromNumber(amount.Value, text.Length > 0 ? text : amountCell.Value.Text);
            }
        }

        var funding = fundingCell?.Value switch
        {
            { Kind: CellKind.Number } numeric when Decimal(numeric.Number) is { } number => FromNumericCell(number, numeric, sheet, at, add),
            // A cached error (#VALUE!, #REF!) says nothing about the money: not an amount, whatever it looks like.
            { Kind: CellKind.Error } => new FundingValue(text, FundingKind.NotAvailable, null, null, null, null),
            _ => FromText(),
        };
        if (textRead?.Failure is { Kind: ReadFailureKind.Share })
            add(Finding.Warning(FindingCodes.FundingShare, FindingMessage.With(Shorten(text, 40)), sheet, at));
        else if (textRead?.Failure is { Kind: ReadFailureKind.NotUnderstood })
            add(Finding.Warning(FindingCodes.FundingCalculation, FindingMessage.With(Shorten(text, 40)), sheet, at));
        switch (funding.Kind)
        {
            case FundingKind.OtherCurrency:
                add(Finding.Warning(FindingCodes.FundingOtherCurrency,
                    funding.Original is { } m ? FindingMessage.With(Shorten(text, 60), m.Currency) : FindingMessage.Variant("unknown", Shorten(text, 60)),
                    sheet, at));
                break;
            case FundingKind.Placeholder:
                add(Finding.Warning(FindingCodes.FundingPlaceholder, FindingMessage.With(Shorten(text, 40)), sheet, at));
                break;
        }
        return funding;
    }

    /// <summary>
    /// A number cell in the funding column, read as its number format shows it: a percentage is a share, not an amount;
    /// a currency other than EUR (a literal, a symbol or a locale tag) is other-currency with the amount kept.
    /// </summary>
    private static FundingValue FromNumericCell(decimal amount, CellValue cell, string sheet, CellReference? at, Action<Finding> add)
    {
        if (cell.FormatFailed)
            add(Finding.Info(FindingCodes.CellNumberFormat, FindingMessage.With(at?.ToString(), Shorten(cell.NumberFormat ?? "", 40), cell.Text), sheet, at));
        if (NumberFormatCode.IsPercent(cell.NumberFormat))
        {
            add(Finding.Warning(FindingCodes.FundingShare, FindingMessage.Variant("cell", at?.ToString(), cell.Text), sheet, at));
            return new FundingValue(cell.Text, FundingKind.NonMonetary, null, null, null, "a share, not an amount");
        }
        var currency = NumberFormatCode.Currency(cell.NumberFormat);
        if (currency is null || currency.Value.Code == "EUR") return FundingNormaliser.FromNumber(amount, cell.Text);
        if (!currency.Value.Known)
            add(Finding.Info(FindingCodes.CellNumberFormat, FindingMessage.Variant("currency", at?.ToString(), Shorten(currency.Value.Written, 20), currency.Value.Code), sheet, at));
        return new FundingValue(cell.Text, FundingKind.OtherCurrency, null, null, null, null, new Money(amount, CurrencyCode.FromReading(currency.Value.Code)));
    }

    /// <summary>The decimal of a cell's number; null when there is none or it is beyond what a decimal holds (1e30, NaN).</summary>
    private static decimal? Decimal(double? number) =>
        number is { } n && double.IsFinite(n) && Math.Abs(n) < 7.9e27 ? Convert.ToDecimal(n) : null;

    /// <summary>A date cell at its format's precision: "mmm-yy" is a month, "yyyy" a year; no day or month is invented.</summary>
    private static PartialDate? DateOfCell(CellValue cell)
    {
        if (cell.Date is not { } date || date.Year is < 1 or > 9999) return null;
        return NumberFormatCode.DatePrecisionOf(cell.NumberFormat) switch
        {
            DatePrecision.Year => new PartialDate(date.Year),
            DatePrecision.Month => new PartialDate(date.Year, date.Month),
            _ => PartialDate.FromDate(DateOnly.FromDateTime(date)),
        };
    }

    private static readonly double HelperSerialMin = new DateTime(1980, 1, 1).ToOADate();
    private static readonly double HelperSerialMax = new DateTime(2100, 1, 1).ToOADate();

    private static PartialDate? HelperDate(RawReturnRow raw, ReturnColumn column, string sheet, Action<Finding> add)
    {
        if (!raw.Cells.TryGetValue(column, out var cell) || cell.Value.IsBlank) return null;
        if (cell.Value is { Kind: CellKind.Date } dateCell && DateOfCell(dateCell) is { } date) return date;
        // A date put into a cell without the column's date format (pasted, or written by another program) arrives as its
        // serial number: in a date column a number in the serials of 1980–2099 is that date (a bare year reads as text below).
        if (cell.Value is { Kind: CellKind.Number, Number: { } serial } && serial >= HelperSerialMin && serial < HelperSerialMax)
            return PartialDate.FromDate(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))));
        var parsed = Reported(DurationNormaliser.Read(cell.Value.Text), sheet, new CellReference(raw.Row, raw.Columns[column]), add);
        return parsed.Start ?? parsed.End;
    }

    /// <summary>The reading; a fault of ours in the normaliser becomes a finding at the cell, never a silent "unparseable".</summary>
    private static T Reported<T>(ReadResult<T> read, string sheet, CellReference? at, Action<Finding> add)
    {
        if (read.IsInternalError)
            add(Finding.Warning(FindingCodes.RowInternalError, FindingMessage.With(at?.ToString(), read.Failure!.ExceptionType, Shorten(read.Failure.Message, 80)), sheet, at));
        return read.Value;
    }

    private static bool? HelperBool(RawReturnRow raw, ReturnColumn column)
    {
        if (!raw.Cells.TryGetValue(column, out var cell) || cell.Value.IsBlank) return null;
        var text = ReturnLayout.Normalise(cell.Value.Text);
        return text switch
        {
            "yes" or "y" or "true" or "x" or "ja" or "oui" or "1" or "ongoing" => true,
            "no" or "n" or "false" or "nein" or "non" or "0" => false,
            _ => null,
        };
    }

    private static string HelperText(RawReturnRow raw, PartialDate? start, PartialDate? end, bool? ongoing)
    {
        string Shown(ReturnColumn column, PartialDate? fallback) =>
            raw.Cells.TryGetValue(column, out var c) && !c.Value.IsBlank && c.Value.Kind != CellKind.Number ? c.Value.Text.Trim() : fallback?.ToString() ?? "";
        var from = Shown(ReturnColumn.StartDate, start);
        var to = ongoing == true && end is null ? "ongoing" : Shown(ReturnColumn.EndDate, end);
        return from.Length > 0 && to.Length > 0 ? $"{from} – {to}" : from.Length > 0 ? $"from {from}" : to.Length > 0 ? $"until {to}" : "";
    }
}
