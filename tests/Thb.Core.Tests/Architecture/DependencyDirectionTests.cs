using Thb.Normalising;

namespace Thb.Tests.Architecture;

/// <summary>
/// The direction of dependencies: the text reading knows nothing of storage or workbooks; the capabilities depend on
/// Cycles, Storage and the text reading, Intake on none of the capabilities built on it, and nothing on the CLI.
/// Read from the compiled assemblies (references) and from the sources (namespaces used).
/// </summary>
public class DependencyDirectionTests
{
    private static readonly SourceTree Sources = SourceTree.Of(SourceTree.RepositoryRoot);

    /// <summary>What each capability of Thb.Core may use besides itself (the root namespace Thb composes them all).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Localisation"] = [],
        ["Json"] = ["Normalising"],
        ["Storage"] = [],
        ["Workbooks"] = [],
        ["Cycles"] = ["Localisation", "Storage", "Json", "Normalising"],
        ["Intake"] = ["Localisation", "Workbooks", "Cycles", "Storage", "Json", "Normalising"],
        ["Templates"] = ["Localisation", "Workbooks", "Intake", "Cycles", "Storage", "Json", "Normalising"],
        ["Publication"] = ["Localisation", "Workbooks", "Intake", "Cycles", "Normalising"],
        ["Changes"] = ["Localisation", "Publication", "Intake", "Cycles", "Storage", "Json", "Normalising"],
        ["Annex"] = ["Localisation", "Workbooks", "Review", "Changes", "Publication", "Intake", "Cycles", "Storage", "Json", "Normalising"],
        ["Reminders"] = ["Localisation", "Workbooks", "Changes", "Intake", "Cycles", "Storage", "Json", "Normalising"],
        ["Review"] = ["Localisation", "Workbooks", "Reminders", "Intake", "Cycles", "Storage", "Json", "Normalising"],
        ["Portal"] = ["Localisation", "Workbooks", "Review", "Annex", "Changes", "Publication", "Templates", "Reminders", "Intake", "Cycles", "Storage", "Json", "Normalising"],
        ["Thb"] = ["Localisation", "Workbooks", "Review", "Annex", "Changes", "Publication", "Templates", "Reminders", "Portal", "Intake", "Cycles", "Storage", "Json", "Normalising"],
    };

    [Fact]
    public void The_text_reading_references_no_storage_workbook_mail_or_product_assembly()
    {
        var references = typeof(TextFolding).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Azure", StringComparison.Ordinal) || n.StartsWith("DocumentFormat", StringComparison.Ordinal) ||
                                               n.StartsWith("ClosedXML", StringComparison.Ordinal) || n.StartsWith("MailKit", StringComparison.Ordinal) ||
                                               n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Thb.", StringComparison.Ordinal));
        Assert.DoesNotContain(Sources.Under("src/Thb.Normalising").SelectMany(NamespaceUse.Used), n => !n.StartsWith("Thb.Normalising", StringComparison.Ordinal));
    }

    [Fact]
    public void The_core_references_neither_the_cli_nor_the_functions()
    {
        var references = typeof(ThbServiceCollectionExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("Thb.Normalising", references);
        Assert.DoesNotContain(references, n => n is "thb" or "Thb.Functions" or "Thb.Cli");
    }

    [Fact]
    public void Each_capability_of_the_core_uses_only_what_it_may()
    {
        var violations = new List<string>();
        foreach (var file in Sources.Under("src/Thb.Core"))
        {
            var own = NamespaceUse.DeclaredNamespace(file) is { } ns ? NamespaceUse.CapabilityOf(ns) : "Thb";
            if (!Allowed.TryGetValue(own, out var allowed)) violations.Add($"{file.Path}: namespace of unknown capability '{own}'");
            else
                violations.AddRange(NamespaceUse.Used(file).Select(used => (Used: used, Capability: NamespaceUse.CapabilityOf(used)))
                    .Where(u => u.Capability != own && !allowed.Contains(u.Capability))
                    .Select(u => $"{file.Path} ({own}) uses {u.Used}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_razor_components_of_the_core_use_only_what_their_capability_may()
    {
        var core = Path.Combine(SourceTree.RepositoryRoot, "src", "Thb.Core");
        var components = Directory.EnumerateFiles(core, "*.razor", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(components);
        var violations = new List<string>();
        foreach (var path in components)
        {
            // Components take their namespace from their folder (Portal/Pages → Thb.Portal.Pages).
            var own = NamespaceUse.CapabilityOf("Thb." + Path.GetRelativePath(core, Path.GetDirectoryName(path)!).Replace('/', '.'));
            var used = File.ReadLines(path).Select(l => l.Trim()).Where(l => l.StartsWith("@using ", StringComparison.Ordinal))
                .Select(l => l["@using ".Length..].Split('=')[^1].Trim()).Where(n => n.StartsWith("Thb.", StringComparison.Ordinal));
            violations.AddRange(used.Select(n => (Used: n, Capability: NamespaceUse.CapabilityOf(n)))
                .Where(u => u.Capability != own && !Allowed[own].Contains(u.Capability))
                .Select(u => $"{Path.GetRelativePath(core, path)} ({own}) uses {u.Used}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_row_reading_and_the_table_reading_do_not_call_back_into_the_checker()
    {
        foreach (var path in new[] { "src/Thb.Core/Intake/Returns/ReturnRowNormaliser.cs", "src/Thb.Core/Intake/Returns/TableLayout.cs", "src/Thb.Core/Intake/Returns/TableRows.cs" })
        {
            var file = Sources.Files.SingleOrDefault(f => f.Path == path);
            if (file is null) continue;
            Assert.DoesNotContain("ReturnChecker", file.Root.DescendantTokens().Select(t => t.Text));
        }
    }

    [Fact]
    public void The_check_sees_a_forbidden_use()
    {
        var file = new SourceFile("src/Thb.Core/Intake/X.cs", Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "using Thb.Cycles;\nnamespace Thb.Intake;\nclass X { object A = Portal.PortalOptions.RoutePrefix; object B = Thb.Annex.AnnexFormats.All; }"));
        Assert.Equal(["Thb.Annex.AnnexFormats.All", "Thb.Cycles", "Thb.Portal.PortalOptions.RoutePrefix"], NamespaceUse.Used(file).Order(StringComparer.Ordinal));
        Assert.Equal(["Annex", "Cycles", "Portal"], NamespaceUse.Used(file).Select(NamespaceUse.CapabilityOf).Order(StringComparer.Ordinal));
    }
}
