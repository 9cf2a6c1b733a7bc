namespace Thb.Publication;

/// <summary>The six annex columns of one row, as written.</summary>
public sealed record AnnexCells(string CountryRegion, string Form, string Description, string Partner, string Duration, string Funding)
{
    /// <summary>The annex's column headers, in order, as the Council document prints them.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "Country/ region or organisation at international level", "Form or structure of actions and activities",
        "Description of actions and activities", "Partner organisation", "Duration (start/end date)", "Funding in EUR",
    ];

    public IReadOnlyList<string> All => [CountryRegion, Form, Description, Partner, Duration, Funding];
}
