using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Portal;
using Thb.Reminders;
using Thb.Storage;
using Thb.Templates;

namespace Thb;

/// <summary>
/// The composition root shared by the Functions app and the thb CLI: one set of services over one storage account,
/// so that nothing a function does is out of the CLI's reach.
/// </summary>
public sealed class ThbServices
{
    public ThbServices(ThbStorage storage, Func<string, string?> settings, TimeProvider clock)
    {
        Storage = storage;
        Settings = settings;
        Clock = clock;
        CycleStore = new CycleStore(storage);
        Cycles = new CycleService(CycleStore, clock);
        Submissions = new SubmissionStore(storage);
        Rows = new RowStore(storage);
        IntakeOptions = IntakeOptions.FromSettings(settings);
        Intake = new IntakeService(storage, CycleStore, Submissions, Rows, clock, IntakeOptions);
        Queries = new SubmissionQueries(CycleStore, Submissions, Rows);
        PortalOptions = PortalOptions.FromSettings(settings);
        if (PortalOptions is not null)
        {
            PortalTokens = new PortalTokens(PortalOptions.Secret);
            PortalLinks = new PortalLinks(PortalTokens, PortalOptions, clock);
        }
        // With a portal, templates and reminders point each contributor to its own signed link.
        var links = PortalOptions?.Published == true ? PortalLinks : null;
        Templates = new TemplateService(Cycles, Queries, clock, new TemplateOptions { UploadLink = links is null ? null : links.ForContributor });
        var reminders = new ReminderService(storage, CycleStore, Queries, Thb.Reminders.Mail.MailSettings.FromSettings(settings), clock);
        Reminders = links is null ? reminders : reminders.WithUploadLinks(new PortalUploadLinks(links));
        Annex = new AnnexService(storage, Cycles, Queries, Rows, clock);
        if (PortalTokens is not null) Portal = new PortalHandlers(this, PortalTokens, PortalContentFactory.For(this));
    }

    public ThbStorage Storage { get; }
    public Func<string, string?> Settings { get; }
    public TimeProvider Clock { get; }
    public CycleStore CycleStore { get; }
    public CycleService Cycles { get; }
    public SubmissionStore Submissions { get; }
    public RowStore Rows { get; }
    public IntakeOptions IntakeOptions { get; }
    public IntakeService Intake { get; }
    public SubmissionQueries Queries { get; }
    public TemplateService Templates { get; }

    /// <summary>The portal's settings, tokens and links; null when no THB_PORTAL_SECRET is configured.</summary>
    public PortalOptions? PortalOptions { get; }
    public PortalTokens? PortalTokens { get; }
    public PortalLinks? PortalLinks { get; }
    public PortalHandlers? Portal { get; }
    public ReminderService Reminders { get; }
    public AnnexService Annex { get; }
}
