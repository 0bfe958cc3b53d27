using ReIntegratie.Bot.Registrations;

namespace ReIntegratie.Bot.Tests.Registrations;

/// <summary>Erasing a client's data also erases what the reminders keep for the appointment outside the client's folder.</summary>
public sealed class ReminderErasureTests : IAsyncLifetime
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
    public async Task Erasure_ShouldDeleteTheAppointmentsPlannedDueEntry_WhenTheClientsDataIsErased()
    {
        var client = await bot.NewClientAsync("client-erased");
        Assert.NotEmpty(await bot.KeysMentioningAsync("reminders/due/", client.AppointmentId));

        await bot.Desk.DeleteClientDataAsync(client.AppointmentId);

        Assert.Empty(await bot.KeysMentioningAsync("reminders/due/", client.AppointmentId));
    }

    [Fact]
    public async Task Erasure_ShouldLeaveNoReminderDocumentNamingTheAppointment_OnceTheCleanUpHasPassedItsMinutes()
    {
        var erased = await bot.NewClientAsync("client-erased");
        var staying = await bot.NewClientAsync("client-staying");
        Assert.Equal(2, await bot.DispatchAtAsync(OmaClient.FirstReminder.AddMinutes(1))); // one batch: the next two are planned in one group entry
        await bot.Desk.DeleteClientDataAsync(erased.AppointmentId);
        Assert.NotEmpty(await bot.KeysMentioningAsync("reminders/due/", erased.AppointmentId)); // the group entry, shared with the other client

        var now = new DateTimeOffset(2026, 10, 23, 11, 0, 0, TimeSpan.Zero);
        await bot.DispatchAtAsync(now);
        var cleanup = bot.Get<ReminderCleanup>();
        while (await cleanup.CleanAsync(default))
        {
        }

        Assert.Empty(await bot.KeysMentioningAsync("reminders/", erased.AppointmentId));
        Assert.Equal(1, await bot.DispatchAtAsync(now.AddMinutes(2))); // the other client's chain goes on
        Assert.NotEmpty(await bot.KeysMentioningAsync("reminders/due/", staying.AppointmentId));
    }
}
