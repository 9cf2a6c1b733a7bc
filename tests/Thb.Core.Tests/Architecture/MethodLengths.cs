using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Thb.Tests.Architecture;

/// <summary>
/// A method, constructor, accessor, local function or lambda, its length in lines, whether the line above it is a comment,
/// and whether that comment says why it is long ("// Long because …").
/// </summary>
public sealed record MethodLength(string Path, int Line, string Name, int Lines, bool CommentAbove, bool LongBecause = false)
{
    public override string ToString() => $"{Path}:{Line} {Name} ({Lines} lines{(CommentAbove ? ", commented" : "")})";
}

/// <summary>
/// The team's rule "methods short enough to read at a glance (over 60 lines needs a comment saying why)", measured with
/// Roslyn: every body-bearing member, local function and lambda, from its first line (attributes included) to its last.
/// A lambda is measured on its own, and also counts inside the method that holds it.
/// </summary>
public static class MethodLengths
{
    public static IReadOnlyList<MethodLength> Of(IEnumerable<SourceFile> files) => files.SelectMany(Of).ToList();

    public static IEnumerable<MethodLength> Of(SourceFile file)
    {
        var text = file.Tree.GetText();
        foreach (var node in file.Root.DescendantNodes())
        {
            var name = NameOf(node);
            if (name is null) continue;
            var span = file.Tree.GetLineSpan(node.Span);
            var first = span.StartLinePosition.Line;
            var lines = span.EndLinePosition.Line - first + 1;
            var above = CommentOn(text, first - 1);
            yield return new MethodLength(file.Path, first + 1, name, lines, above is not null,
                above?.StartsWith(LongBecause, StringComparison.Ordinal) == true);
        }
    }

    /// <summary>How the comment directly above a long method begins when it says why.</summary>
    public const string LongBecause = "// Long because";

    /// <summary>Methods over the limit without a comment on the line above them.</summary>
    public static IReadOnlyList<MethodLength> Violations(IEnumerable<SourceFile> files, int limit = 60) =>
        Of(files).Where(m => m.Lines > limit && !m.CommentAbove).ToList();

    /// <summary>Methods over the limit without a "// Long because …" comment directly above them.</summary>
    public static IReadOnlyList<MethodLength> Unexplained(IEnumerable<SourceFile> files, int limit = 60) =>
        Of(files).Where(m => m.Lines > limit && !m.LongBecause).ToList();

    private static string? NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null } => Owner(node) + ((MethodDeclarationSyntax)node).Identifier.Text,
        ConstructorDeclarationSyntax { Body: not null } c => Owner(node) + c.Identifier.Text + ".ctor",
        AccessorDeclarationSyntax { Body: not null } a => Owner(node) + a.Keyword.Text,
        OperatorDeclarationSyntax { Body: not null } o => Owner(node) + "operator " + o.OperatorToken.Text,
        LocalFunctionStatementSyntax l => Owner(node) + l.Identifier.Text + " (local)",
        AnonymousFunctionExpressionSyntax => Owner(node) + "lambda",
        _ => null,
    };

    private static string Owner(SyntaxNode node)
    {
        var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        var member = node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
            ? node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is not BaseTypeDeclarationSyntax)
            : null;
        var memberName = member switch
        {
            MethodDeclarationSyntax m => m.Identifier.Text + ".",
            PropertyDeclarationSyntax p => p.Identifier.Text + ".",
            ConstructorDeclarationSyntax => ".ctor.",
            _ => "",
        };
        return (type is null ? "" : type.Identifier.Text + ".") + memberName;
    }

    /// <summary>The // or /* comment on the given line (trimmed; not a /// documentation line), or null.</summary>
    private static string? CommentOn(Microsoft.CodeAnalysis.Text.SourceText text, int line)
    {
        if (line < 0 || line >= text.Lines.Count) return null;
        var content = text.Lines[line].ToString().Trim();
        var comment = content.StartsWith("//", StringComparison.Ordinal) && !content.StartsWith("///", StringComparison.Ordinal) || content.StartsWith("/*", StringComparison.Ordinal);
        return comment ? content : null;
    }
}
