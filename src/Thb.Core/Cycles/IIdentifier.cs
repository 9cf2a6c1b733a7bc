namespace Thb.Cycles;

/// <summary>
/// An id that is a blob path segment and a table key (a cycle, a contributor, a submission): parsed once at the edge
/// (HTTP route, CLI option, stored entity, blob path), then carried typed. Written as its text: implicitly a string,
/// never implicitly made from one.
/// </summary>
public interface IIdentifier<TSelf> where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>What the id names, as a message says it ("cycle", "contributor", "submission").</summary>
    static abstract string Kind { get; }

    string Value { get; }

    static abstract TSelf Parse(string? text);

    static abstract bool TryParse(string? text, out TSelf id, out string? reason);
}
