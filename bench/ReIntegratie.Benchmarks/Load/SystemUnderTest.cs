using ReIntegratie.Benchmarks.Driver;
using ReIntegratie.Benchmarks.Hosting;

namespace ReIntegratie.Benchmarks.Load;

/// <summary>The bot as one store backs it (local folder or Azurite), with the driver that talks to it.</summary>
public sealed record SystemUnderTest(string StoreName, BotProcess Bot, ChildProcess? StoreProcess, DriverContext Driver, BenchSettings Settings)
{
    /// <summary>A fresh driver context (own problem counts) on the same bot and connector.</summary>
    public DriverContext NewDriver() => new(Driver.Bot, Driver.Connector, Driver.Codes, Driver.Answers, Driver.ChannelId);
}
