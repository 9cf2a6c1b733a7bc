namespace Thb.Intake.Returns;

/// <summary>The readings a person may correct (contract names: "places", "form", "duration", "funding"; extend, never rename).</summary>
public enum ReadingField
{
    Places,
    Form,
    Duration,
    Funding,
}
