using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Scheduling;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>A professional in Teams doing what the cards offer: create an appointment, give a new code, withdraw, cancel, delete.</summary>
public sealed class ProfessionalDesk(BotHost host, LoopbackConnector connector, string tenant, string objectId = "prof-1")
{
    public ClientChat Chat { get; } = ClientChat.Professional(host, connector, tenant, objectId);

    /// <summary>Creates the appointment with the form, as in Teams; returns its id and the invitation code.</summary>
    /// <summary>What the bot answered the last created appointment with: the code, then the message for the client.</summary>
    public IReadOnlyList<Activity> LastCreated { get; private set; } = [];

    public async Task<(string AppointmentId, string Code)> CreateAppointmentAsync(string clientName, DateTimeOffset start, string leadTimeHours = "24", string parts = "cards,capabilities", string language = "nl")
    {
        var form = ClientChat.CardOf((await Chat.SayAsync("nieuwe afspraak")).Single())!;
        var local = Domain.Schedule.AmsterdamTime.ToAmsterdam(start.AddSeconds(60 - start.Second));
        var created = await Chat.SubmitAsync(new JsonObject
        {
            ["action"] = "createAppointment",
            ["formId"] = form["actions"]![0]!["data"]!["formId"]!.GetValue<string>(),
            ["clientName"] = clientName,
            ["date"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["language"] = language,
            ["parts"] = parts,
            ["leadTime"] = leadTimeHours,
        });
        LastCreated = created;
        var record = await host.Services.GetRequiredService<AppointmentStore>().ReadProfessionalAsync(objectId, default);
        return (record!.AppointmentIds.Last(), CodeIn(created[0].Text!));
    }

    /// <summary>"Nieuwe code": the old code stops working; returns the new one.</summary>
    public async Task<string> NewCodeAsync(string appointmentId) =>
        CodeIn((await ActAsync("resendInvitation", appointmentId))[0].Text!);

    public Task<IReadOnlyList<Activity>> WithdrawCodeAsync(string appointmentId) => ActAsync("revokeInvitation", appointmentId);

    public Task<IReadOnlyList<Activity>> CancelAsync(string appointmentId) => ActAsync("cancelAppointment", appointmentId);

    public async Task<IReadOnlyList<Activity>> DeleteClientDataAsync(string appointmentId)
    {
        await ActAsync("deleteClientData", appointmentId);
        return await ActAsync("deleteClientDataConfirmed", appointmentId);
    }

    public Task<IReadOnlyList<Activity>> ActAsync(string action, string appointmentId) =>
        Chat.SubmitAsync(new JsonObject { ["action"] = action, ["appointmentId"] = appointmentId });

    /// <summary>
    /// Runs the scheduled work that is due now (the tests' hosts do not poll on their own). On Azure
    /// queues, work overdue by the fake clock is swept into the queue first: its message delay runs on real time.
    /// </summary>
    public async Task<int> DispatchAsync()
    {
        var dispatcher = host.Services.GetRequiredService<IWorkDispatcher>();
        if (dispatcher is Bot.Scheduling.Queue.QueueDispatcher queue)
        {
            await queue.SweepAsync(default);
        }

        return await dispatcher.DispatchDueAsync(default);
    }

    public static string CodeIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, "[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
}
