using System.Text.Json;

namespace Thb.Normalising.Tests;

/// <summary>An enum value as the JSON contract names it: kebab case of the member name (the core's converters do the
/// same), so "OpenEnded" is "open-ended".</summary>
internal static class ContractNames
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
