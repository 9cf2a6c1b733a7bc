using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Thb.Normalising;

/// <summary>Reads the vocabularies and gazetteers embedded in this assembly (the <c>Data/*.json</c> files).</summary>
internal static class EmbeddedData
{
    /// <summary>Reads one data file, e.g. <c>Places/Data/countries.json</c>. Throws when it is missing or malformed:
    /// the files are part of the build, so that is a fault of ours, found by the first test that reads them.</summary>
    public static DataFile<T> Load<T>(string path, JsonTypeInfo<DataFile<T>> type)
    {
        var name = "Thb.Normalising." + path.Replace('/', '.');
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The data file '{path}' is not embedded in {typeof(EmbeddedData).Assembly.GetName().Name}.");
        try
        {
            return JsonSerializer.Deserialize(stream, type) ?? throw new InvalidDataException($"The data file '{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The data file '{path}' is malformed: {e.Message}", e);
        }
    }

    /// <summary>The named word sets of a vocabulary file, each folded (lower case, no accents).</summary>
    public static WordSets LoadWordSets(string path) => new(path, Load(path, NormalisingJson.Default.DataFileWordSetRecord));
}
