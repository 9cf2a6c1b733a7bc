namespace Thb.Intake.Returns;

/// <summary>A cell kept exactly as written, with nothing read from it (JSON: {"raw": …}).</summary>
public sealed record RawText(string Raw)
{
    public override string ToString() => Raw;
}
