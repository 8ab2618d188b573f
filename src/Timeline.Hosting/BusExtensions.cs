using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Timeline.Core;

namespace Timeline.Hosting;

public static class BusExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ for one service: its consumers get queues prefixed with the service name
    /// (two services may consume the same message), NodaTime-aware JSON, and a short in-memory retry.
    /// Messages that still fail go to the queue's "_error" queue with the exception in their headers.
    /// </summary>
    public static IHostApplicationBuilder AddTimelineBus(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        var rabbit = builder.Configuration.GetSection("RabbitMq").Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            addConsumers(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
                {
                    h.Username(rabbit.User);
                    h.Password(rabbit.Password);
                });
                cfg.ConfigureJsonSerializerOptions(TimelineJson.Configure);
                cfg.UseMessageRetry(r =>
                {
                    r.Ignore<InvalidMessageException>();
                    r.Intervals(100, 500, 1000);
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}

/// <summary>A message that can never be processed; it goes straight to the error queue with this reason.</summary>
public sealed class InvalidMessageException(string reason) : Exception(reason);
