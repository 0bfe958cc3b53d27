using ReIntegratie.Bot.Registrations;

namespace ReIntegratie.Bot.Tests.Registrations;

/// <summary>Erasing a client's data also erases what the reminders keep for the appointment outside the client's folder.</summary>
public sealed class ReminderErasureTests : ReminderHostTest
{
    [Fact]
    public async Task Erasure_ShouldDeleteTheAppointmentsPlannedDueEntry_WhenTheClientsDataIsErased()
    {
        var client = await Bot.NewClientAsync("client-erased");
        Assert.NotEmpty(await Bot.KeysMentioningAsync("reminders/due/", client.AppointmentId));

        await Bot.Desk.DeleteClientDataAsync(client.AppointmentId);

        Assert.Empty(await Bot.KeysMentioningAsync("reminders/due/", client.AppointmentId));
    }

    [Fact]
    public async Task Erasure_ShouldLeaveNoReminderDocumentNamingTheAppointment_OnceTheCleanUpHasPassedItsMinutes()
    {
        var erased = await Bot.NewClientAsync("client-erased");
        var staying = await Bot.NewClientAsync("client-staying");
        Assert.Equal(2, await Bot.DispatchAtAsync(OmaClient.FirstReminder.AddMinutes(1))); // one batch: the next two are planned in one group entry
        await Bot.Desk.DeleteClientDataAsync(erased.AppointmentId);
        Assert.NotEmpty(await Bot.KeysMentioningAsync("reminders/due/", erased.AppointmentId)); // the group entry, shared with the other client

        var now = new DateTimeOffset(2026, 10, 23, 11, 0, 0, TimeSpan.Zero);
        await Bot.DispatchAtAsync(now);
        var cleanup = Bot.Get<ReminderCleanup>();
        while (await cleanup.CleanAsync(default))
        {
        }

        Assert.Empty(await Bot.KeysMentioningAsync("reminders/", erased.AppointmentId));
        Assert.Equal(1, await Bot.DispatchAtAsync(now.AddMinutes(2))); // the other client's chain goes on
        Assert.NotEmpty(await Bot.KeysMentioningAsync("reminders/due/", staying.AppointmentId));
    }
}
