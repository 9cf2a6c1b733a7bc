using Microsoft.AspNetCore.Http;
using Thb.Cycles;
using Thb.Localisation;

namespace Thb.Portal;

/// <summary>
/// The language a delegation's page is read in: a language switch link's <c>?lang=</c>, remembered in a cookie that
/// holds nothing but the language code; else that cookie; else the contributor's language in the registry. Only a
/// supported code is ever read or written (anything else is ignored), and the cookie grants nothing: the link's signed
/// token stays the only authority for every request.
/// </summary>
public static class PortalLanguage
{
    public const string QueryName = "lang";
    public const string CookieName = "thb-lang";

    public static Language Of(HttpContext http, Contributor contributor)
    {
        if (Language.TryParse(http.Request.Query[QueryName].ToString(), out var chosen))
        {
            Remember(http, chosen);
            return chosen;
        }
        return http.Request.Cookies.TryGetValue(CookieName, out var remembered) && Language.TryParse(remembered, out var language) ? language : contributor.Language;
    }

    private static void Remember(HttpContext http, Language language) =>
        http.Response.Cookies.Append(CookieName, language.Code, new CookieOptions
        {
            Path = (http.Request.PathBase.Value ?? "") + "/" + PortalOptions.RoutePrefix,
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
}
