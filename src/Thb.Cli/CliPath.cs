using System.CommandLine;

namespace Thb.Cli;

/// <summary>The words that name a command from the root: "thb", "thb status", "thb bench annex".</summary>
public static class CliPath
{
    public static string Of(Symbol symbol)
    {
        var names = new List<string>();
        for (Symbol? s = symbol; s is not null and not RootCommand; s = s.Parents.FirstOrDefault())
            names.Insert(0, s.Name);
        return string.Join(' ', names.Prepend("thb"));
    }
}
