namespace Timeline.Hosting;

/// <summary>The "RabbitMq" configuration section shared by every service, the CLI and the tests.</summary>
public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5682;
    public string VirtualHost { get; set; } = "/";
    public string User { get; set; } = "timeline";
    public string Password { get; set; } = "";
}
