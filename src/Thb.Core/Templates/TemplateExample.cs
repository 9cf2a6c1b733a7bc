using Thb.Intake.Returns;

namespace Thb.Templates;

/// <summary>A well-written value beside a poorly written one taken from the 2011 annex, and why the second is poor.</summary>
public sealed record TemplateExample(ReturnColumn Column, string Good, string Poor, string Why);
