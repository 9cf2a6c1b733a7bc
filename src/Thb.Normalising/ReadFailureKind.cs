namespace Thb.Normalising;

/// <summary>Why a cell's text could not be read as what its column holds.</summary>
public enum ReadFailureKind
{
    /// <summary>The text is not what the column holds: no date in a duration, no place we know, a calculation where an
    /// amount belongs. The value says how it was taken (unparseable, non-monetary, no place).</summary>
    NotUnderstood,

    /// <summary>A share ("25 %", "25 Prozent", "25 pour cent") where an amount belongs: never an amount.</summary>
    Share,

    /// <summary>A fault of ours: the reader threw. The value keeps the raw text and reads nothing from it.</summary>
    InternalError,
}
