using System.Text.Json;
using Thb.Intake.Findings;
using Thb.Intake.Returns;

namespace Thb.Cli.Commands;

/// <summary>Prints a verdict the way a person reads it: one line, then a table of findings.</summary>
public static class VerdictPrinter
{
    public static void Print(TextWriter output, ReturnCheck check)
    {
        var where = check.Sheet is null ? "" : $", sheet '{check.Sheet}', header row {check.HeaderRow}";
        var who = string.Join(", ", new[] { check.Delegation, check.Cycle is null ? null : $"cycle {check.Cycle}" }.Where(s => s is not null));
        output.WriteLine($"{check.File}: {Thb.Json.KebabCase.Of(check.Status).ToUpperInvariant()} — {(who.Length > 0 ? who : "delegation unknown")}{where}; " +
                         $"{check.Rows.Count} row(s), {check.ErrorCount} error(s), {check.WarningCount} warning(s)");
        PrintFindings(output, check.Findings);
    }

    public static void PrintFindings(TextWriter output, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        var locationWidth = Math.Max(8, findings.Max(f => f.Location.Length));
        var codeWidth = Math.Max(4, findings.Max(f => f.Code.Length));
        output.WriteLine($"  {"severity",-8}  {"where".PadRight(locationWidth)}  {"code".PadRight(codeWidth)}  message");
        foreach (var f in findings)
            output.WriteLine($"  {Thb.Json.KebabCase.Of(f.Severity),-8}  {f.Location.PadRight(locationWidth)}  {f.Code.PadRight(codeWidth)}  {f.Message}");
    }

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, ReturnJson.Options);
}
