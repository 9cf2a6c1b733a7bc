using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Thb.Cycles;

namespace Thb.Cli;

/// <summary>The options and arguments several commands share, each with its validation (a usage error, exit 2).</summary>
public static class CliOptions
{
    /// <summary>A cycle or contributor id: lower-case letters, digits and hyphens.</summary>
    public static Option<string> Id(string name, string what, string description, bool required = false)
    {
        var option = new Option<string>(name) { Description = description, HelpName = "ID", Required = required };
        option.Validators.Add(result => CheckId(result, result.GetValueOrDefault<string?>(), what));
        return option;
    }

    public static Argument<string> IdArgument(string name, string what, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result => CheckId(result, result.GetValueOrDefault<string?>(), what));
        return argument;
    }

    /// <summary>The id a validated <see cref="Id"/> option holds (its validator refused any other text, exit 2), or null when not given: parsed once, here.</summary>
    public static TId? IdValue<TId>(this ParseResult args, Option<string> option) where TId : struct, IIdentifier<TId> =>
        Identifiers.ParseOrNull<TId>(args.GetValue(option));

    /// <summary>The id a required, validated <see cref="Id"/> option or <see cref="IdArgument"/> holds.</summary>
    public static TId RequiredId<TId>(this ParseResult args, Option<string> option) where TId : struct, IIdentifier<TId> => TId.Parse(args.GetRequiredValue(option));

    /// <inheritdoc cref="RequiredId{TId}(ParseResult, Option{string})"/>
    public static TId RequiredId<TId>(this ParseResult args, Argument<string> argument) where TId : struct, IIdentifier<TId> => TId.Parse(args.GetRequiredValue(argument));

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    public static Option<string?> Text(string name, string helpName, string description) => new(name) { Description = description, HelpName = helpName };

    /// <summary>An e-mail address, checked with MailKit's parser as the registry checks it.</summary>
    public static Option<string?> Email(string name, string description)
    {
        var option = Text(name, "EMAIL", description);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } address && !EmailAddresses.IsValid(address))
                result.AddError(EmailAddresses.Problem(address, name));
        });
        return option;
    }

    /// <summary>--storage: a connection string or a storage account's name or endpoint; else THB_STORAGE, else the embedded Azurite.</summary>
    public static Option<string?> Storage() => Text("--storage", "CONNECTION",
        "Storage to work on: a connection string, or an account name or endpoint (signed-in identity); default THB_STORAGE, else an Azurite under .thb/.");

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static Option<int> Int(string name, string description, int defaultValue, int min, int max)
    {
        var option = new Option<int>(name) { Description = description, HelpName = "N", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value && (value < min || value > max))
                result.AddError($"{name} must be between {min} and {max}, not {value}.");
        });
        return option;
    }

    /// <summary>A date written YYYY-MM-DD.</summary>
    public static Option<DateOnly?> Date(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"{name} must be a date written YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };

    /// <summary>A file that must exist, relative to the working folder.</summary>
    public static Argument<string> ExistingFile(string name, string description, CliContext context)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result => CheckFiles(result, context, result.GetValueOrDefault<string?>()));
        return argument;
    }

    /// <summary>Files that must exist, relative to the working folder.</summary>
    public static Argument<string[]> ExistingFiles(string name, string description, CliContext context, ArgumentArity arity)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = arity };
        argument.Validators.Add(result => CheckFiles(result, context, result.GetValueOrDefault<string[]?>() ?? []));
        return argument;
    }

    public static Option<string?> ExistingFileOption(string name, string description, CliContext context)
    {
        var option = Text(name, "FILE", description);
        option.Validators.Add(result => CheckFiles(result, context, result.GetValueOrDefault<string?>()));
        return option;
    }

    /// <summary>The full path of <paramref name="path"/>, relative to the working folder.</summary>
    public static string FullPath(this CliContext context, string path) => Path.GetFullPath(path, context.WorkingDirectory);

    private static void CheckId(SymbolResult result, string? id, string what)
    {
        if (id is not null && !Identifiers.IsValid(id))
            result.AddError($"'{id}' is not a valid {what} id: use lower-case letters, digits and hyphens (e.g. 2012-2, czechia, eurojust).");
    }

    private static void CheckFiles(SymbolResult result, CliContext context, params string?[] paths)
    {
        foreach (var path in paths)
            if (path is not null && !File.Exists(context.FullPath(path)))
                result.AddError($"No such file: {path}");
    }
}
