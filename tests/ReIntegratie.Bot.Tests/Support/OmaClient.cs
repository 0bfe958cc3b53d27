using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>A client who redeemed an invitation with consent and was given a two-week OMA registration from 21 October 2026.</summary>
public sealed record OmaClient(string AppointmentId, string AssignmentId, ClientChat Chat)
{
    /// <summary>The first reminder's minute (12:30 summer time): due entries are planned for it when the registration is given.</summary>
    public static readonly DateTimeOffset FirstReminder = new(2026, 10, 21, 10, 30, 0, TimeSpan.Zero);

    public static async Task<OmaClient> StartAsync(ProfessionalDesk desk, BotHost host, LoopbackConnector connector, string conversationId)
    {
        var (appointmentId, code) = await desk.CreateAppointmentAsync("Sam", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var chat = new ClientChat(host, connector, conversationId, "webchat");
        await chat.SayAsync(code);
        await chat.PressAsync(chat.LastReply!, BotTexts.Nl("journey.consent.yes"));
        var assignmentId = Guid.NewGuid().ToString("N");
        var assigned = await desk.Chat.SubmitAsync(new JsonObject
        {
            ["action"] = "assignRegistration", ["appointmentId"] = appointmentId, ["formId"] = assignmentId,
            ["registrationType"] = "OmaRegistration", ["complaint"] = "hoofdpijn", ["startDate"] = "2026-10-21", ["durationDays"] = "14",
        });
        Assert.Contains("42", assigned.Single().Text);
        chat.NewReplies();
        return new OmaClient(appointmentId, assignmentId, chat);
    }
}
