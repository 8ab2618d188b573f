using System.Security.Cryptography;
using System.Text;

namespace Timeline.Api;

/// <summary>
/// Every write (any method but GET, HEAD, OPTIONS) needs the key from configuration (Timeline:ApiKey) in the X-Api-Key
/// header, checked before the body is read; reads are open. With no key configured every write is refused, so a
/// forgotten setting never leaves the timeline open to anyone.
/// </summary>
public static class ApiKey
{
    public const string Header = "X-Api-Key";

    public static WebApplication UseApiKeyForWrites(this WebApplication app)
    {
        var configured = app.Configuration["Timeline:ApiKey"];
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
            {
                await next(http);
                return;
            }

            var refusal = Check(configured, http.Request.Headers[Header].ToString());
            if (refusal is null)
            {
                await next(http);
                return;
            }

            await refusal.ExecuteAsync(http);
        });
        return app;
    }

    private static IResult? Check(string? configured, string given)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return Results.Problem(statusCode: 503, title: "Writes are disabled",
                detail: "No API key is configured (Timeline:ApiKey, or the variable Timeline__ApiKey), so the API refuses every write.");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured)))
        {
            return Results.Problem(statusCode: 401, title: "API key required",
                detail: given.Length == 0 ? $"Writes need the API key in the {Header} header." : $"The {Header} header does not hold the configured key.");
        }

        return null;
    }
}
