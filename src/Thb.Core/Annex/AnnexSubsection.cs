using Thb.Cycles;
using Thb.Intake.Returns;

namespace Thb.Annex;

/// <summary>One sub-section of a contributor's part of the annex: its title, whether the registry lists it, and its rows in return order.</summary>
public sealed record AnnexSubsection(SectionTitle Title, bool Known, IReadOnlyList<ReturnRow> Rows);
