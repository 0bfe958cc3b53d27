using System.Text;
using ReIntegratie.Bot.Registrations;

namespace ReIntegratie.Bot.Tests.Reliability;

/// <summary>A damaged watermark of the reminders' minute index does not stop the reminders.</summary>
public sealed class ReminderWatermarkTests : IAsyncLifetime
{
    private LoopbackConnector connector = null!;
    private ReminderHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        bot = ReminderHost.Start(connector);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task ReminderRound_ShouldRewriteTheWatermarkAndSend_WhenTheWatermarkIsUnreadable()
    {
        await bot.NewClientAsync("client-watermark");
        var stored = await bot.Store.ReadAsync("reminders/watermark.json", default);
        await bot.Store.ReplaceAsync("reminders/watermark.json", Encoding.UTF8.GetBytes("{\"openMinute\": \"not a ti"), stored!.ETag, default);

        var sent = await bot.DispatchAtAsync(OmaClient.FirstReminder.AddMinutes(1));

        Assert.Equal(1, sent);
        Assert.Equal(OmaClient.FirstReminder.AddMinutes(1), await bot.Get<ReminderIndex>().ReadWatermarkAsync(default));
        Assert.Single(bot.Host.Logs.Entries, entry => entry.EventId == ReminderDispatcher.WatermarkRewrittenEventId);
    }
}
