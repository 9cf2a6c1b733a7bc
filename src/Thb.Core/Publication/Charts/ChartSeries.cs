namespace Thb.Publication.Charts;

/// <summary>One chart's data as it sits on the Charts sheet: a header cell, category cells and value cells (A1 ranges on that sheet).</summary>
public sealed record ChartSeries(string Name, string NameCell, string CategoryRange, string ValueRange, IReadOnlyList<string> Categories, IReadOnlyList<decimal> Values);
