namespace Thb.Publication.Charts;

/// <summary>
/// A bar chart of one series: horizontal bars (categories top to bottom, for long names) or columns (years), with
/// its title, axis titles and the number format of its values.
/// </summary>
public sealed record BarChartSpec(
    string Title,
    string CategoryAxisTitle,
    string ValueAxisTitle,
    bool Horizontal,
    string ValueFormat,
    string Colour,
    ChartSeries Series);
