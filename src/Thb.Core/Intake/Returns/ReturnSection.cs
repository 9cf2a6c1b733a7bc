using Thb.Cycles;

namespace Thb.Intake.Returns;

/// <summary>
/// One sub-section of a return as it was read: its title, whether the registry knows it (an unknown heading is kept as
/// written, after the known ones), and how many actions sit under it. In the check's JSON as "sections".
/// </summary>
public sealed record ReturnSection(SectionTitle Title, bool Known, int Rows);
