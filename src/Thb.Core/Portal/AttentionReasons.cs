namespace Thb.Portal;

/// <summary>Why a row needs the Presidency's eyes, as its reading (corrections applied) says.</summary>
[Flags]
public enum AttentionReasons
{
    None = 0,

    /// <summary>Places written that the catalogue did not recognise (none read, or a finding says one was not).</summary>
    UnrecognisedPlaces = 1,

    /// <summary>A duration written that could not be read.</summary>
    UnreadableDuration = 2,

    /// <summary>Funding in another currency only: no EUR amount.</summary>
    OtherCurrency = 4,

    /// <summary>The Presidency corrected a reading (or a rule did): worth a second look.</summary>
    Corrected = 8,
}
