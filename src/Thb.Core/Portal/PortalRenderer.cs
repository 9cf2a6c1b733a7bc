using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Thb.Portal;

/// <summary>
/// Renders the portal's Razor components to HTML with the framework's <see cref="HtmlRenderer"/> (static rendering,
/// no circuit, no script): the framework encodes every text and attribute.
/// </summary>
public sealed class PortalRenderer(IServiceProvider services) : IAsyncDisposable
{
    private readonly HtmlRenderer _renderer = new(services, services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);

    /// <summary>Renders <typeparamref name="TPage"/> with its one parameter, Model.</summary>
    public Task<string> RenderAsync<TPage>(object model) where TPage : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model }));
            return "<!doctype html>" + output.ToHtmlString();
        });

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}
