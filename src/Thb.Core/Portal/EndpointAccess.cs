namespace Thb.Portal;

/// <summary>Who may call an endpoint, as the Functions host is told (the trigger's authLevel).</summary>
public enum EndpointAccess
{
    /// <summary>Anonymous at the host: the handler checks the signed link (?t=) itself.</summary>
    SignedLink,

    /// <summary>The Functions host's function key (Function level); `thb serve` listens on 127.0.0.1 only.</summary>
    FunctionKey,

    /// <summary>Anonymous and without secrets: stylesheets, scripts, the health answer.</summary>
    Public,
}
