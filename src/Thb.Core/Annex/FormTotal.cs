using Thb.Normalising.Forms;

namespace Thb.Annex;

/// <summary>Actions and money for one form-of-action category (Category null: the form cell was empty).</summary>
public sealed record FormTotal(ActionCategory? Category, int Actions, int Contributors, decimal EurTotal, int RowsWithAmount)
{
    public string Label => Category is { } c ? ActionCategories.Label(c) : "(not stated)";
    public int RowsWithoutAmount => Actions - RowsWithAmount;
}
