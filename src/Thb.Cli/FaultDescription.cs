namespace Thb.Cli;

/// <summary>What a failure says in one line: what could not be reached, and what to check.</summary>
public static class FaultDescription
{
    public static string Of(Exception exception) =>
        $"{exception.GetType().Name}: {FirstLine(exception.Message)} (--verbose shows the details)";

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
