using System.Globalization;

namespace Thb.Cli;

/// <summary>Positional arguments and --options of one invocation.</summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static ParsedArguments Parse(IReadOnlyList<string> args, ICommand command)
    {
        var parsed = new ParsedArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                parsed.Positional.AddRange(args.Skip(i + 1));
                break;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                parsed.Positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            string? inlineValue = null;
            var equals = name.IndexOf('=');
            if (equals > 0)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }
            if (command.FlagOptions.Contains(name) && inlineValue is null)
            {
                parsed._flags.Add(name);
            }
            else if (command.ValueOptions.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value."));
                if (!parsed._values.TryGetValue(name, out var list)) parsed._values[name] = list = [];
                list.Add(value);
            }
            else
            {
                throw new UsageException($"Unknown option --{name} for 'thb {command.Name}'.");
            }
        }
        return parsed;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public string Required(string name) => Value(name) ?? throw new UsageException($"--{name} is required.");

    public int? Int(string name)
    {
        var text = Value(name);
        if (text is null) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"--{name} must be a whole number, not '{text}'.");
    }

    public DateOnly? Date(string name)
    {
        var text = Value(name);
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new UsageException($"--{name} must be a date written YYYY-MM-DD, not '{text}'.");
    }

    public string PositionalAt(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new UsageException($"Missing {what}.");
}
