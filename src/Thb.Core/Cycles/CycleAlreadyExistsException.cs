namespace Thb.Cycles;

public sealed class CycleAlreadyExistsException(string id) : Exception($"Cycle '{id}' already exists.");
