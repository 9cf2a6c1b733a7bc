using System.CommandLine;

namespace Thb.Cli;

/// <summary>Who a review, correction or rule is recorded as made by: --by, else the signed-in user's name.</summary>
public static class CliUser
{
    /// <summary>--by NAME: who the action is recorded as made by.</summary>
    public static Option<string?> Option() => CliOptions.Text("--by", "NAME", "Who this is recorded as made by (default: the signed-in user's name).");

    public static string Of(string? by, CliContext context) =>
        by ?? context.Environment("USER") ?? context.Environment("USERNAME") ?? "cli";
}
