namespace Thb.Tests.Localisation;

/// <summary>A resource set of the tests with a text that has no French translation (FallbackTexts.resx, .fr.resx).</summary>
public static class FallbackTexts;
