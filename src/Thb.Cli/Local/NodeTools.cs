namespace Thb.Local;

/// <summary>Finds the project's npm tools (node_modules/.bin) from THB_TOOLS_DIR, the working folder or the program's folder.</summary>
public static class NodeTools
{
    public static string Find(string tool)
    {
        foreach (var start in Roots())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", tool);
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException(
            $"'{tool}' was not found in node_modules/.bin. Run 'npm ci' in the project folder (./thb and ./test.sh do it for you), or set THB_TOOLS_DIR to the project folder.");
    }

    private static IEnumerable<string> Roots()
    {
        if (Environment.GetEnvironmentVariable("THB_TOOLS_DIR") is { Length: > 0 } configured) yield return configured;
        yield return Directory.GetCurrentDirectory();
        yield return AppContext.BaseDirectory;
    }
}
