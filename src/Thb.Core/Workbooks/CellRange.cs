namespace Thb.Workbooks;

/// <summary>A rectangular block of cells, e.g. a merged range "A7:A9".</summary>
public readonly record struct CellRange(CellReference TopLeft, CellReference BottomRight)
{
    public bool Contains(int row, int column) =>
        row >= TopLeft.Row && row <= BottomRight.Row && column >= TopLeft.Column && column <= BottomRight.Column;

    public bool SpansRows => BottomRight.Row > TopLeft.Row;

    public override string ToString() => $"{TopLeft}:{BottomRight}";

    public static bool TryParse(string text, out CellRange range)
    {
        range = default;
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (!CellReference.TryParse(text, out var single)) return false;
            range = new CellRange(single, single);
            return true;
        }
        if (!CellReference.TryParse(text.AsSpan(0, colon), out var a) || !CellReference.TryParse(text.AsSpan(colon + 1), out var b))
            return false;
        range = new CellRange(
            new CellReference(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column)),
            new CellReference(Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)));
        return true;
    }
}
