using System.Globalization;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Registrations;

/// <summary>The clean-up of the reminders' minute index: closed minutes older than a day leave nothing behind.</summary>
public sealed class ReminderCleanupTests : ReminderHostTest
{
    [Fact]
    public async Task CleanUp_ShouldRemoveDueEntriesAndSettledRecords_WhenTheirMinutesAreClosedAndOlderThanADay()
    {
        var client = await Bot.NewClientAsync("client-cleanup");
        Assert.Equal(1, await Bot.DispatchAtAsync(OmaClient.FirstReminder.AddMinutes(1)));
        var firstClaim = ReminderIndex.ClaimKey(new ReminderPayload(client.AppointmentId, client.AssignmentId, client.AssignmentId + "/2026-10-21/12:30"));
        Assert.NotEmpty(await Bot.KeysMentioningAsync("reminders/settled/", firstClaim));

        // Two days later: the missed reminders are skipped on the way and the chain goes on from now.
        var now = new DateTimeOffset(2026, 10, 23, 11, 0, 0, TimeSpan.Zero);
        await Bot.DispatchAtAsync(now);
        await CleanUpAllAsync();

        var limit = now.AddDays(-1);
        Assert.All(await Bot.KeysAsync("reminders/due/"), key => Assert.True(MinuteOfDueKey(key) >= limit, key));
        Assert.Empty(await Bot.KeysMentioningAsync("reminders/settled/", firstClaim));

        // What is still open is kept: the reminder of 12:30 today goes out the next minute.
        Assert.Equal(1, await Bot.DispatchAtAsync(now.AddMinutes(2)));
    }

    [Fact]
    public async Task CleanUp_ShouldStopAtItsBudgetAndFinishInTheNextRun_WhenAnHourHoldsMoreThanOneRunMayRemove()
    {
        var index = Bot.Get<ReminderIndex>();
        var planned = ReminderCleanup.MaxOperationsPerRun + 200;
        for (var i = 0; i < planned; i++)
        {
            await index.PlanAsync(new ReminderPayload($"appointment-{i}", "assignment", "reminder"), OmaClient.FirstReminder, default);
        }

        await Bot.DispatchAtAsync(new DateTimeOffset(2026, 10, 23, 11, 0, 0, TimeSpan.Zero)); // nothing to send: their data is gone
        var cleanup = Bot.Get<ReminderCleanup>();

        Assert.True(await cleanup.CleanAsync(default));
        Assert.NotEmpty(await Bot.KeysAsync("reminders/due/"));
        Assert.False(await cleanup.CleanAsync(default));
        Assert.Empty(await Bot.KeysAsync("reminders/due/"));
    }

    private async Task CleanUpAllAsync()
    {
        var cleanup = Bot.Get<ReminderCleanup>();
        while (await cleanup.CleanAsync(default))
        {
        }
    }

    private static DateTimeOffset MinuteOfDueKey(string key) =>
        DateTimeOffset.ParseExact(key["reminders/due/".Length..("reminders/due/yyyyMMddHH/mm".Length)], "yyyyMMddHH/mm", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
