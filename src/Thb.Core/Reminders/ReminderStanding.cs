namespace Thb.Reminders;

/// <summary>Why a contributor is or is not reminded at a given moment.</summary>
public enum ReminderStanding
{
    /// <summary>A reminder slot is current: the sweep records it (once; a slot already sent stays sent).</summary>
    Due,
    /// <summary>Still owes a return, but no slot has fallen due yet.</summary>
    NotYetDue,
    /// <summary>Has an accepted current return: never reminded.</summary>
    Submitted,
    /// <summary>Owes a return but has no e-mail address to remind.</summary>
    NoAddress,
    /// <summary>The cycle is closed: nobody is reminded any more.</summary>
    CycleClosed,
}
