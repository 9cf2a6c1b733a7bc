using System.Xml;

namespace Thb.Workbooks;

/// <summary>One relationship of a package part, its target as the part path it resolves to.</summary>
public sealed record PackageRelationship(string Id, string Type, string TargetPart, bool External = false, string? ExternalTarget = null);
