using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Timeline.Core;

/// <summary>The one JSON shape used everywhere: camelCase names, enums as kebab-case words, NodaTime as ISO text.</summary>
public static class TimelineJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    /// <summary>Adds our converters to options owned by a framework (ASP.NET, MassTransit, Marten).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        }

        if (!options.Converters.Any(c => c.CanConvert(typeof(LocalDate))))
        {
            options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        }

        return options;
    }
}
