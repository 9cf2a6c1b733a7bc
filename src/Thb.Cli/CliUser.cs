namespace Thb.Cli;

/// <summary>Who a review, correction or rule is recorded as made by: --by, else the signed-in user's name.</summary>
public static class CliUser
{
    public static string Of(ParsedArguments args, CliContext context) =>
        args.Value("by") ?? context.Environment("USER") ?? context.Environment("USERNAME") ?? "cli";
}
