using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Thb.Tests.Architecture;

/// <summary>The types declared at namespace level in a file (nested types belong to their parent), by name without generic arity.</summary>
public static class TypeFiles
{
    public static IReadOnlyList<string> TopLevelTypes(SourceFile file) =>
        file.Root.DescendantNodes(n => n is not MemberDeclarationSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<MemberDeclarationSyntax>()
            .Where(m => m.Parent is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .Select(m => m switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.Text,
                DelegateDeclarationSyntax d => d.Identifier.Text,
                _ => null,
            })
            .OfType<string>()
            .ToList();

    /// <summary>"src/X/Cycle.cs declares Cycle, CycleState" for every file that declares another type than the one it is named after.</summary>
    public static IReadOnlyList<string> Misplaced(IEnumerable<SourceFile> files) =>
        files.Select(f => (File: f, Types: TopLevelTypes(f)))
            .Where(x => x.Types.Count > 0 && !(x.Types.Count == 1 && x.Types[0] == Path.GetFileNameWithoutExtension(x.File.Path)))
            .Select(x => $"{x.File.Path} declares {string.Join(", ", x.Types)}")
            .ToList();
}
