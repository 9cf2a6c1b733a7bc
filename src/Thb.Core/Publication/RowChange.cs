namespace Thb.Publication;

/// <summary>How a current row compares with the previous cycle (worked out by the review's matching, issue 16).</summary>
public enum RowChange
{
    New,
    Continued,
}
