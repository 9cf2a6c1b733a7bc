using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Thb.Tests.Architecture;

/// <summary>
/// Which of the product's namespaces a file uses: its using directives (plain, static and aliases) and the qualified
/// names it writes (Thb.Intake.Returns.ReturnLayout, or Cycles.Identifiers from inside namespace Thb.X).
/// </summary>
public static class NamespaceUse
{
    /// <summary>The capabilities (second name segment under Thb) whose names a file can use unqualified by Thb.</summary>
    public static readonly string[] Roots = ["Annex", "Changes", "Cli", "Cycles", "Demo", "Functions", "Intake", "Json", "Local", "Localisation", "Normalising", "Portal", "Publication", "Reminders", "Review", "Storage", "Templates", "Workbooks"];

    public static string? DeclaredNamespace(SourceFile file) =>
        file.Root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();

    /// <summary>Every Thb.* namespace (or type path) a file refers to.</summary>
    public static IReadOnlyCollection<string> Used(SourceFile file)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in file.Root.DescendantNodes().OfType<UsingDirectiveSyntax>())
            if (u.NamespaceOrType?.ToString() is { } name && name.StartsWith("Thb.", StringComparison.Ordinal)) used.Add(name);
        foreach (var q in file.Root.DescendantNodes().OfType<QualifiedNameSyntax>().Where(q => q.Parent is not QualifiedNameSyntax and not BaseNamespaceDeclarationSyntax))
            Add(used, q.ToString());
        foreach (var m in file.Root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(m => m.Parent is not MemberAccessExpressionSyntax))
            Add(used, m.ToString());
        return used;
    }

    private static void Add(HashSet<string> used, string name)
    {
        if (name.StartsWith("Thb.", StringComparison.Ordinal)) used.Add(name);
        else if (Roots.Any(r => name.StartsWith(r + ".", StringComparison.Ordinal)) && char.IsUpper(name[name.IndexOf('.') + 1])) used.Add("Thb." + name);
    }

    /// <summary>The capability a namespace or type path belongs to: "Thb.Intake.Returns.ReturnLayout" → "Intake"; the root namespace → "Thb".</summary>
    public static string CapabilityOf(string name)
    {
        var parts = name.Split('.');
        return parts.Length > 1 && Roots.Contains(parts[1]) ? parts[1] : "Thb";
    }
}
