using Azure;

namespace Thb.Cycles;

/// <summary>A contributor as stored, with its submission pointers and the ETag that guards updating them.</summary>
public sealed record ContributorRecord(CycleId CycleId, Contributor Contributor, SubmissionPointers Pointers, ETag ETag);
