using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Thb.Reminders;

/// <summary>
/// Renders an e-mail's HTML body from its Razor component with the framework's <see cref="HtmlRenderer"/>, as the
/// portal renders its pages (<c>PortalRenderer</c>): the framework encodes every text and attribute. The e-mail
/// components need no services, so each rendering has a renderer of its own, disposed with it.
/// </summary>
public static class MailHtml
{
    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    /// <summary>Renders <typeparamref name="TMail"/> with its one parameter, Model: "&lt;!DOCTYPE html&gt;" and the document.</summary>
    public static async Task<string> RenderAsync<TMail>(object model) where TMail : IComponent
    {
        await using var renderer = new HtmlRenderer(NoServices, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TMail>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model }));
            return "<!DOCTYPE html>" + output.ToHtmlString();
        });
    }
}
