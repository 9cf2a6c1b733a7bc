namespace Thb.Cli;

/// <summary>Thrown for a command line that cannot be run as written; reported with the usage and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
