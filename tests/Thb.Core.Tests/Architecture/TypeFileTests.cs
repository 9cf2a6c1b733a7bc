namespace Thb.Tests.Architecture;

/// <summary>One type per file, named after it, outside the text reading (Thb.Normalising) and the workbook reader (Intake/Workbooks).</summary>
public class TypeFileTests
{
    private static readonly SourceTree Sources = SourceTree.Of(SourceTree.RepositoryRoot);

    /// <summary>Files others are reworking now (the annex sheet writer, the table reader); they are split after.</summary>
    public static readonly string[] NotYetSplit = ["src/Thb.Core/Annex/SheetWriter.cs", "src/Thb.Core/Intake/Returns/TableLayout.cs"];

    [Fact]
    public void Each_type_outside_Normalising_and_Workbooks_is_in_a_file_named_after_it()
    {
        var files = Sources.Files.Where(f => !f.Path.StartsWith("src/Thb.Normalising/", StringComparison.Ordinal) &&
                                             !f.Path.StartsWith("src/Thb.Core/Intake/Workbooks/", StringComparison.Ordinal) &&
                                             !f.Path.EndsWith("/Program.cs", StringComparison.Ordinal) &&
                                             !NotYetSplit.Contains(f.Path));
        Assert.Empty(TypeFiles.Misplaced(files));
    }

    [Fact]
    public void The_check_sees_a_second_type_in_a_file()
    {
        var file = new SourceFile("src/Cycle.cs", Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace X;\npublic enum CycleState { Open }\npublic sealed record Cycle(string Id) { private sealed record Inner; }\n"));
        Assert.Equal(["src/Cycle.cs declares CycleState, Cycle"], TypeFiles.Misplaced([file]));
        var alone = new SourceFile("src/Cycle.cs", Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace X { public sealed record Cycle(string Id); }"));
        Assert.Empty(TypeFiles.Misplaced([alone]));
    }
}
