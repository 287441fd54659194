using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Zeno.Server.Hosting;

/// <summary>
/// When the server has a token, every request must present it: as <c>Authorization: Bearer</c>, as the
/// <c>zeno_token</c> cookie, or once as <c>?token=</c> (the URL the server prints), which sets the cookie so the
/// browser's later requests carry it. Comparison is constant-time; the token never appears in logs.
/// </summary>
internal sealed class TokenGate(string token)
{
    public const string Cookie = "zeno_token";
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var query = context.Request.Query["token"].ToString();
        if (Matches(query))
        {
            context.Response.Cookies.Append(Cookie, query, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
            await next(context);
            return;
        }
        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
        if (Matches(bearer) || Matches(context.Request.Cookies[Cookie]))
        {
            await next(context);
            return;
        }
        await Problems.Write(context, StatusCodes.Status401Unauthorized, "A token is required",
            "This Zeno server requires its access token: open the URL it printed (it carries ?token=...), or send 'Authorization: Bearer <token>'.");
    }

    private bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _expected);
}
