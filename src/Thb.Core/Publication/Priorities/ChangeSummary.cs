namespace Thb.Publication.Priorities;

/// <summary>Against the previous cycle: current actions new and continued (as labelled), and the previous cycle's actions not reported again.</summary>
public sealed record ChangeSummary(string PreviousCycleId, int New, int Continued, int Unlabelled, int NoLongerReported)
{
    /// <summary>Actions the previous cycle had here: those continued and those no longer reported.</summary>
    public int Previous => Continued + NoLongerReported;
}
