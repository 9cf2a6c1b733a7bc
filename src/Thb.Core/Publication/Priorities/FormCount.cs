using Thb.Normalising.Forms;

namespace Thb.Publication.Priorities;

/// <summary>How many actions of one form (null: not recognised or not stated).</summary>
public sealed record FormCount(ActionCategory? Form, int Actions)
{
    public string Label => Form is { } f ? ActionCategories.Label(f) : "other or not stated";
}
