using System.Text.Json;

namespace Thb.Json;

/// <summary>Reads one value where the reader stands (a list item).</summary>
public delegate T JsonConverterRead<T>(ref Utf8JsonReader reader);
