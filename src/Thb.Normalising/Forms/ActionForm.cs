namespace Thb.Normalising.Forms;

/// <summary>The "form or structure" of an action as written, and the category it was read as (null when the cell is empty).</summary>
public sealed record ActionForm(string Raw, ActionCategory? Category);
