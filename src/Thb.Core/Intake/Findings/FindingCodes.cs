namespace Thb.Intake.Findings;

/// <summary>The stable codes of findings. Extend, never rename: feedback, tools and tests rely on them.</summary>
public static class FindingCodes
{
    // The file itself (each rejects the return).
    public const string FileEmpty = "file.empty";
    public const string FileTooLarge = "file.too-large";
    public const string FileNotWorkbook = "file.not-a-workbook";
    public const string FileLegacyXls = "file.legacy-xls";
    public const string FileEncrypted = "file.password-protected";
    public const string FileDamaged = "file.damaged";
    public const string FileInflatesTooFar = "file.zip-bomb";
    public const string FileUnsafeXml = "file.unsafe-xml";
    public const string FileOtherFormat = "file.other-format";
    public const string FileMacros = "file.macros";

    // Finding the table.
    public const string TableNotFound = "table.not-found";
    public const string TableTooManyRows = "table.too-many-rows";
    public const string TableNilReturn = "table.nil-return";
    public const string TableNoteSkipped = "table.note-skipped";
    public const string TableHeaderRepeated = "table.header-repeated";
    public const string SheetHidden = "sheet.hidden";
    public const string SheetOtherTable = "sheet.other-table";
    public const string ColumnMissing = "column.missing";
    public const string ColumnRequiredMissing = "column.required-missing";
    public const string ColumnUnknown = "column.unknown";

    // Sub-sections, additional tables and narrative.
    public const string SectionUnknown = "section.unknown";
    public const string SectionNone = "section.none";
    public const string TableAdditional = "table.additional";
    public const string SheetNotRead = "sheet.not-read";
    public const string NarrativeRead = "narrative.read";
    public const string NarrativeLevelUnknown = "narrative.level-unknown";
    /// <summary>What a Word document holds besides text (pictures, outside resources, embedded objects): dropped, never fetched or opened.</summary>
    public const string DocumentDropped = "document.dropped";

    // Who and when.
    public const string DelegationMismatch = "metadata.delegation-mismatch";
    public const string DelegationMissing = "metadata.delegation-missing";
    public const string CycleMismatch = "metadata.cycle-mismatch";
    public const string ContributorMismatch = "metadata.contributor-mismatch";

    // Cells.
    public const string CellFormula = "cell.formula";
    public const string CellFormulaWithoutValue = "cell.formula-without-value";
    public const string CellErrorValue = "cell.error-value";
    public const string CellTooLong = "cell.too-long";
    public const string CellMerged = "cell.merged";
    public const string CellNumberFormat = "cell.number-format";

    // Rows.
    public const string RowCountryMissing = "row.country-missing";
    public const string RowPlaceUnrecognised = "row.place-unrecognised";
    public const string RowFormMissing = "row.form-missing";
    public const string RowDescriptionMissing = "row.description-missing";
    public const string RowContinuation = "row.continuation";
    public const string DurationUnparseable = "row.duration-unparseable";
    public const string DurationEmpty = "row.duration-empty";
    public const string DurationReversed = "row.duration-reversed";
    public const string DurationHelperConflict = "row.duration-helper-conflict";
    public const string FundingOtherCurrency = "row.funding-other-currency";
    public const string FundingPlaceholder = "row.funding-placeholder";
    public const string FundingHelperConflict = "row.funding-helper-conflict";
    public const string FundingShare = "row.funding-share";
    public const string FundingFormulaNoValue = "row.funding-formula-without-number";
    public const string FundingCalculation = "row.funding-calculation";
    /// <summary>A cell we could not read because of a fault on our side (a normaliser threw); it is kept as written.</summary>
    public const string RowInternalError = "row.internal-error";

    // Intake (the path and the registry).
    public const string PathInvalid = "intake.path-invalid";
    public const string CycleUnknown = "intake.cycle-unknown";
    public const string CycleClosed = "intake.cycle-closed";
    public const string ContributorUnknown = "intake.contributor-unknown";
    public const string SubmittedLate = "intake.late";
    public const string KeptPreviousAccepted = "intake.kept-previous-accepted";
}
