using System.Text.Json;

namespace Thb.IntegrationTests.Functions;

/// <summary>The functions.metadata the Worker SDK writes at build time: what the Functions host will read.</summary>
public static class FunctionMetadata
{
    public static string Path => System.IO.Path.Combine(TestData.RepositoryRoot, "src", "Thb.Functions", "bin", TestData.Configuration, "net10.0", "functions.metadata");

    public static JsonElement Function(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        foreach (var function in document.RootElement.EnumerateArray())
            if (function.GetProperty("name").GetString() == name) return function.Clone();
        throw new KeyNotFoundException($"No function '{name}' in {Path}.");
    }

    public static JsonElement Trigger(string name)
    {
        foreach (var binding in Function(name).GetProperty("bindings").EnumerateArray())
            if (binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)) return binding;
        throw new KeyNotFoundException($"Function '{name}' has no trigger binding.");
    }

    public static IReadOnlyList<string> Names()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        return document.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
    }
}
