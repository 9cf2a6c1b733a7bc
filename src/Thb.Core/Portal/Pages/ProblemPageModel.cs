using Thb.Cycles;

namespace Thb.Portal.Pages;

/// <summary>An upload sent without script that could not be taken: what to do, and the way back to the page.</summary>
public sealed record ProblemPageModel(PortalPaths Paths, Cycle Cycle, Contributor Contributor, string Message);
