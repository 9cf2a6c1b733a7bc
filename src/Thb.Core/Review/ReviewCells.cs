using Thb.Workbooks;

namespace Thb.Review;

/// <summary>The cells a correction request points at: "B12" or "Return!B12" ('My sheet'!B12 too), normalised to upper case. Pure.</summary>
public static class ReviewCells
{
    /// <summary>The normalised cell, or null with the reason in <paramref name="problem"/>.</summary>
    public static string? Normalise(string text, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        var bang = trimmed.LastIndexOf('!');
        var sheet = bang < 0 ? null : trimmed[..bang].Trim().Trim('\'');
        var cell = bang < 0 ? trimmed : trimmed[(bang + 1)..].Trim();
        if (sheet is { Length: 0 or > 31 } || !CellReference.TryParse(cell, out var reference))
        {
            problem = $"'{text}' is not a cell: write B12 or Return!B12.";
            return null;
        }
        return sheet is null ? reference.ToString() : $"{sheet}!{reference}";
    }

    /// <summary>All of them normalised, or the first problem.</summary>
    public static IReadOnlyList<string>? NormaliseAll(IEnumerable<string> cells, out string? problem)
    {
        var result = new List<string>();
        problem = null;
        foreach (var cell in cells)
        {
            if (Normalise(cell, out problem) is not { } normal) return null;
            result.Add(normal);
        }
        return result;
    }
}
