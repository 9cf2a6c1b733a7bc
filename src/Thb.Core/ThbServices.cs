using Thb.Annex;
using Thb.Cycles;
using Thb.Intake;
using Thb.Storage;

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
        Annex = new AnnexService(storage, Cycles, Queries, Rows, clock);
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
    public AnnexService Annex { get; }
}
