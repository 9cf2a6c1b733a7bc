using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Thb.Tests.Architecture;

/// <summary>The C# sources under a tree's src/ folder (build output left out), parsed once.</summary>
public sealed class SourceTree
{
    private SourceTree(string root, IReadOnlyList<SourceFile> files)
    {
        Root = root;
        Files = files;
    }

    public string Root { get; }
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The repository this test runs in (the folder holding ThbFunctions.sln above the test output).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ThbFunctions.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("Could not find the repository root (ThbFunctions.sln) above the test output.");
        }
    }

    public static SourceTree Of(string root)
    {
        var src = Path.Combine(root, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(path, CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(root, path)), path: path)))
            .ToList();
        return new SourceTree(root, files);
    }

    /// <summary>Files whose path (relative to the root, with '/') starts with one of the folders.</summary>
    public IEnumerable<SourceFile> Under(params string[] folders) =>
        Files.Where(f => folders.Any(folder => f.Path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal)));
}

/// <summary>One parsed source file.</summary>
public sealed record SourceFile(string Path, SyntaxTree Tree)
{
    public SyntaxNode Root => Tree.GetRoot();
}
