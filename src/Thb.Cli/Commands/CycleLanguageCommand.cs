using System.CommandLine;
using Thb.Cycles;
using Thb.Localisation;

namespace Thb.Cli.Commands;

/// <summary>`thb cycle language ID --contributor X --language en|fr|de`: the language one contributor reads us in.</summary>
public sealed class CycleLanguageCommand : StorageCommand
{
    private readonly Argument<string> _id = CliOptions.IdArgument("ID", "cycle", "The cycle.");
    private readonly Option<string> _contributor = CliOptions.Id("--contributor", "contributor", "The contributor whose language changes.", required: true);
    private readonly Option<Language> _language = new("--language")
    {
        Description = $"The contributor's language: {Language.Supported} (template, feedback workbook and reminders).",
        HelpName = "en|fr|de",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Language.TryParse(text, out var language)) return language;
            result.AddError($"--language: {Language.Problem(text)}");
            return Language.English;
        },
    };

    public CycleLanguageCommand(CliContext context)
        : base("language", "Set the language one contributor reads its template, feedback and reminders in (en, fr or de).", context)
    {
        _language.CompletionSources.Add(Language.All.Select(l => l.Code).ToArray());
        Add(_id);
        Add(_contributor);
        Add(_language);
    }

    protected override async Task<int> RunAsync(ParseResult args, CliContext context, CommandServices services, CancellationToken cancellationToken)
    {
        var id = args.GetRequiredValue(_id);
        try
        {
            var contributor = await services.Cycles.SetLanguageAsync(CycleId.Parse(id), args.RequiredId<ContributorId>(_contributor), args.GetRequiredValue(_language), cancellationToken);
            context.Out.WriteLine($"{contributor.Name} reads cycle {id} in {contributor.Language.NativeName} ({contributor.Language.Code}) from now on: templates, feedback workbooks and reminders made after this.");
            return ExitCodes.Ok;
        }
        catch (KeyNotFoundException e)
        {
            context.Error.WriteLine($"thb cycle: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
