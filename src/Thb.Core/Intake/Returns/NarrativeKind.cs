namespace Thb.Intake.Returns;

/// <summary>What a paragraph of a narrative is (JSON: heading | paragraph | bullet | numbered).</summary>
public enum NarrativeKind
{
    Heading,
    Paragraph,
    Bullet,
    Numbered,
}
