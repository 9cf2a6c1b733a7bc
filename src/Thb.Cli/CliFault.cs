namespace Thb.Cli;

/// <summary>A failure already put in one line a person can act on (what could not be reached, what to check); exit 1.</summary>
public sealed class CliFault(string message, Exception? inner = null) : Exception(message, inner);
