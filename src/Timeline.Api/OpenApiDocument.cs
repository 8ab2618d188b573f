using Microsoft.OpenApi;
using NodaTime;

namespace Timeline.Api;

/// <summary>The OpenAPI document at /openapi/v1.json: NodaTime values as the strings they are on the wire.</summary>
public static class OpenApiDocument
{
    public static IServiceCollection AddTimelineOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Timeline API";
                document.Info.Description = "Reads are open. Every write needs the X-Api-Key header. Errors are RFC 9457 problem details. "
                    + "Pages of the timeline are read by cursor: pass a page's `next` as `cursor`. GET responses carry an ETag; send it back "
                    + "in If-None-Match for a 304. Live changes: GET /timeline/live (server-sent events).";
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                var format = type == typeof(LocalDate) ? "date" : type == typeof(Instant) ? "date-time" : null;
                if (format is not null)
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Format = format;
                    schema.Properties?.Clear();
                }

                return Task.CompletedTask;
            });
        });
}
