namespace Thb.Intake;

/// <summary>
/// Told when an accepted upload has just become a contributor's current return (the review moves it back to received).
/// Called after the pointers are written, on a replay too: an observer must be idempotent.
/// </summary>
public interface ICurrentReturnObserver
{
    Task BecameCurrentAsync(Submission submission, CancellationToken cancellationToken);
}
