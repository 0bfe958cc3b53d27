using System.Text;
using ReIntegratie.Bot.Registrations;

namespace ReIntegratie.Bot.Tests.Reliability;

/// <summary>A damaged watermark of the reminders' minute index does not stop the reminders.</summary>
public sealed class ReminderWatermarkTests : ReminderHostTest
{
    [Fact]
    public async Task ReminderRound_ShouldRewriteTheWatermarkAndSend_WhenTheWatermarkIsUnreadable()
    {
        await Bot.NewClientAsync("client-watermark");
        var stored = await Bot.Store.ReadAsync("reminders/watermark.json", default);
        await Bot.Store.ReplaceAsync("reminders/watermark.json", Encoding.UTF8.GetBytes("{\"openMinute\": \"not a ti"), stored!.ETag, default);

        var sent = await Bot.DispatchAtAsync(OmaClient.FirstReminder.AddMinutes(1));

        Assert.Equal(1, sent);
        Assert.Equal(OmaClient.FirstReminder.AddMinutes(1), await Bot.Get<ReminderIndex>().ReadWatermarkAsync(default));
        Assert.Single(Bot.Host.Logs.Entries, entry => entry.EventId == ReminderDispatcher.WatermarkRewrittenEventId);
    }
}
