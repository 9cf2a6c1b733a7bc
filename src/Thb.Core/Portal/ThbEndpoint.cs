namespace Thb.Portal;

/// <summary>
/// One HTTP endpoint: the function that serves it in Azure, its method and route (under "api"), who may call it, and
/// the handler — a delegate minimal APIs bind (route values by name, services with [FromServices]).
/// </summary>
public sealed record ThbEndpoint(string FunctionName, string Method, string Route, EndpointAccess Access, Delegate Handler);
