namespace Thb.Tests.Architecture;

/// <summary>
/// "Methods short enough to read at a glance (over 60 lines needs a comment saying why)", applied to the folders that
/// have been cleaned so far; the list grows as the rest is.
/// </summary>
public class MethodLengthTests
{
    public static readonly string[] CleanedFolders =
    [
        "src/Thb.Core/Annex",
        "src/Thb.Core/Changes",
        "src/Thb.Core/Cycles",
        "src/Thb.Core/Intake/Findings",
        "src/Thb.Core/Intake/Returns",
        "src/Thb.Core/Json",
        "src/Thb.Core/Reminders",
        "src/Thb.Core/Review",
        "src/Thb.Core/Storage",
        "src/Thb.Core/Templates",
        "src/Thb.Functions",
    ];

    /// <summary>Files in those folders that others are reworking now (the workbook writers, the table reader); they join the rule after.</summary>
    public static readonly string[] NotYetCleaned =
    [
        "src/Thb.Core/Annex/SheetWriter.cs",
        "src/Thb.Core/Templates/TemplateWorkbook.cs",
        "src/Thb.Core/Intake/Returns/TableLayout.cs",
    ];

    private static readonly SourceTree Sources = SourceTree.Of(SourceTree.RepositoryRoot);

    [Fact]
    public void No_method_in_the_cleaned_folders_is_over_60_lines_without_a_comment_saying_why()
    {
        // The Intake folder's own files count too (its Workbooks subfolder is the workbook reader's, not yet cleaned).
        var intake = Sources.Files.Where(f => f.Path.StartsWith("src/Thb.Core/Intake/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 4);
        var files = Sources.Under(CleanedFolders).Concat(intake).Where(f => !NotYetCleaned.Contains(f.Path)).ToList();
        Assert.NotEmpty(files);
        var violations = MethodLengths.Violations(files).Select(m => m.ToString()).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Issue 12's rule for the whole of src/: a method over 60 lines has "// Long because …" directly above it.</summary>
    [Fact]
    public void No_method_in_src_is_over_60_lines_without_a_long_because_comment_above_it()
    {
        Assert.Contains(Sources.Files, f => f.Path.StartsWith("src/Thb.Cli/", StringComparison.Ordinal));
        Assert.Contains(Sources.Files, f => f.Path.StartsWith("src/Thb.Normalising/", StringComparison.Ordinal));
        var violations = MethodLengths.Unexplained(Sources.Files).Select(m => m.ToString()).ToList();
        Assert.True(violations.Count == 0,
            $"Split these, or say why they are long in a \"{MethodLengths.LongBecause} …\" comment directly above them:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_measure_sees_a_long_method_and_the_comment_above_it()
    {
        var body = string.Join("\n", Enumerable.Range(0, 61).Select(i => $"        var x{i} = {i};"));
        var source = $"class C\n{{\n    void Short() {{ }}\n\n    void Long()\n    {{\n{body}\n    }}\n\n    // Long because it lists every case.\n    void Explained()\n    {{\n{body}\n    }}\n\n    // Writes the numbers.\n    void Commented()\n    {{\n{body}\n    }}\n}}\n";
        var file = new SourceFile("src/C.cs", Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, path: "src/C.cs"));
        var lengths = MethodLengths.Of(file).ToDictionary(m => m.Name);
        Assert.Equal(1, lengths["C.Short"].Lines);
        Assert.Equal(64, lengths["C.Long"].Lines);
        Assert.False(lengths["C.Long"].CommentAbove);
        Assert.True(lengths["C.Explained"].CommentAbove);
        Assert.True(lengths["C.Explained"].LongBecause);
        Assert.True(lengths["C.Commented"].CommentAbove);
        Assert.False(lengths["C.Commented"].LongBecause);
        Assert.Equal(["src/C.cs:5 C.Long (64 lines)"], MethodLengths.Violations([file]).Select(m => m.ToString()));
        // Any comment is not a reason: only "// Long because …" is.
        Assert.Equal(["src/C.cs:5 C.Long (64 lines)", "src/C.cs:137 C.Commented (64 lines, commented)"], MethodLengths.Unexplained([file]).Select(m => m.ToString()));
    }
}
