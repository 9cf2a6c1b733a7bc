namespace Thb.Changes;

/// <summary>A row's label against the previous cycle: a current row is new or continued; a previous row not found again is no longer reported.</summary>
public enum ChangeLabel
{
    New,
    Continued,
    NoLongerReported,
}
