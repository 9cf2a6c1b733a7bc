using Thb.Normalising;

namespace Thb.Intake.Returns;

/// <summary>
/// Starts, on a thread of its own (not the pool's: the command's I/O continuations need those meanwhile), what the
/// check's first row needs built (the header vocabulary, the readers' vocabularies and gazetteer,
/// <see cref="NormaliserWarmUp"/>), so that a short-lived command builds it while it reads the workbook. Whatever the
/// check reaches first waits for it (each is built once); a fault here is the check's to meet and report.
/// </summary>
public static class CheckWarmUp
{
    public static void Start()
    {
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private static void Run()
    {
        try
        {
            _ = ReturnLayout.Recognise(ReturnLayout.Header(ReturnColumn.CountryRegion));
            NormaliserWarmUp.Run();
        }
        catch (Exception)
        {
            // The check builds the same things again on its own thread and reports what fails there.
        }
    }
}
