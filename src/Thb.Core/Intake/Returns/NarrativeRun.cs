namespace Thb.Intake.Returns;

/// <summary>A stretch of a paragraph's text in one formatting: bold, italic, both or neither.</summary>
public sealed record NarrativeRun(string Text, bool Bold = false, bool Italic = false);
