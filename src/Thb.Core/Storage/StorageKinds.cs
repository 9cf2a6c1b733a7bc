namespace Thb.Storage;

/// <summary>The kinds of storage a piece of work uses, for <see cref="ThbStorage.EnsureCreatedAsync"/>.</summary>
[Flags]
public enum StorageKinds
{
    Containers = 1,
    Tables = 2,
    Queues = 4,
    /// <summary>Blob containers and tables: everything but the reminders' queues.</summary>
    ContainersAndTables = Containers | Tables,
    All = Containers | Tables | Queues,
}
