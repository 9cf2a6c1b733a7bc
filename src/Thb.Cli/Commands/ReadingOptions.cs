using System.CommandLine;
using Thb.Review.Corrections;

namespace Thb.Cli.Commands;

/// <summary>
/// The corrected reading of `thb correct` and `thb rules add`: exactly one of --places, --form (and for a row's
/// correction --duration, --funding), each read when the command line is parsed, so a bad one is a usage error (exit 2)
/// naming why, before storage opens.
/// </summary>
public sealed class ReadingOptions
{
    private delegate CorrectedReading? Reader(string text, out string? problem);

    private readonly List<(Option<string?> Option, Reader Read)> _options = [];

    public ReadingOptions(Command command, bool durationAndFunding)
    {
        Add(command, "--places", "P,…", "The places, separated by commas: ISO codes or names the place catalogue knows (e.g. AT,UNODC or Western Balkans).", ReadingInput.Places);
        Add(command, "--form", "CATEGORY", "The form of action's category (e.g. training).", ReadingInput.Form);
        if (durationAndFunding)
        {
            Add(command, "--duration", "FROM..TO", "The duration: 2012-03..2012-06, 2012-03.. (ongoing) or one date 2012.", ReadingInput.Duration);
            Add(command, "--funding", "EUR", "The funding: an amount in EUR (12000), a range (10000..20000), non-monetary or not-available.", ReadingInput.Funding);
        }
        var names = string.Join(", ", _options.Select(o => o.Option.Name));
        command.Validators.Add(result =>
        {
            if (_options.Count(o => result.GetValue(o.Option) is not null) != 1) result.AddError($"Give exactly one of {names}.");
        });
    }

    /// <summary>The one reading given (the validators made sure there is exactly one, and that it reads).</summary>
    public CorrectedReading Read(ParseResult args)
    {
        var (option, read) = _options.Single(o => args.GetValue(o.Option) is not null);
        return read(args.GetValue(option)!, out var problem) ?? throw new InvalidOperationException(problem);
    }

    private void Add(Command command, string name, string helpName, string description, Reader read)
    {
        var option = CliOptions.Text(name, helpName, description);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && read(text, out var problem) is null) result.AddError(problem!);
        });
        command.Add(option);
        _options.Add((option, read));
    }
}
