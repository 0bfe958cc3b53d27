using System.Globalization;
using System.Text.Json;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Cards;
using ReIntegratie.Bot.Cards.Professional;
using ReIntegratie.Bot.Registrations;
using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Registrations;
using ReIntegratie.Domain.Schedule;

namespace ReIntegratie.Bot.Playground;

/// <summary>
/// The professional panel's registration part (under /playground/api/appointments/{appointmentId}):
/// the Teams form to give the client a registration assignment, giving it (the form's submit data,
/// read and acted on by the bot's own <see cref="RegistrationAssigner"/>), and "send the next reminder
/// now". Like the rest of the panel it acts for <see cref="PlaygroundProfessional"/>, on that
/// professional's own appointments only: any other id is 404.
/// </summary>
public static class PlaygroundRegistrations
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/appointments/{appointmentId}/registration-form", GetFormAsync);
        group.MapPost("/appointments/{appointmentId}/registrations", AssignAsync);
        group.MapPost("/appointments/{appointmentId}/reminders/run-next", RunNextReminderAsync);
    }

    /// <summary>
    /// The Teams form card. Its first day is today, not tomorrow as in Teams: in the playground the
    /// tester wants to answer a reminder now, and answers for a day that has not come yet are refused.
    /// </summary>
    private static async Task<IResult> GetFormAsync(
        string appointmentId, string? language, AppointmentService appointments, TextCatalog texts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var lang = PlaygroundEndpoints.LanguageOf(language);
        var appointment = await appointments.FindOwnedAsync(PlaygroundProfessional.Id, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Results.NotFound();
        }

        if (!appointment.CanBegin)
        {
            return Results.Conflict(new { problem = NotChangeable(appointment, texts, lang) });
        }

        var today = AmsterdamWallClock.DateOf(clock.GetUtcNow());
        return Results.Ok(new { card = RegistrationForm.Build(texts, lang, appointment.Id, appointment.ClientName, today) });
    }

    /// <summary>
    /// The form's submit data, exactly as the card posts it in Teams. 201 with the bot's confirmation
    /// (the client gets the explanation in their chat); 422 with the bot's answer when it refuses (the
    /// client has not started yet, a date in the past, no complaint, ...); 409 when the appointment
    /// can no longer get an assignment; 400 when the body is not a JSON object.
    /// </summary>
    private static async Task<IResult> AssignAsync(
        string appointmentId, string? language, HttpRequest request, AppointmentService appointments, RegistrationAssigner assigner, TextCatalog texts, CancellationToken cancellationToken)
    {
        var lang = PlaygroundEndpoints.LanguageOf(language);
        var appointment = await appointments.FindOwnedAsync(PlaygroundProfessional.Id, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Results.NotFound();
        }

        if (await PlaygroundEndpoints.ReadObjectAsync(request, cancellationToken) is not { } value)
        {
            return Results.BadRequest(new { problem = texts.Get("professional.notUnderstood", lang) });
        }

        if (!appointment.CanBegin)
        {
            return Results.Conflict(new { problem = NotChangeable(appointment, texts, lang) });
        }

        var outcome = await assigner.AssignAsync(appointment, value, cancellationToken);
        var answer = outcome.Reply(texts, lang, appointment.ClientName);
        if (outcome.ProblemTextKey is not null || outcome.Assignment is not { } assignment)
        {
            return Results.UnprocessableEntity(new { problem = answer });
        }

        return Results.Json(new
        {
            assignmentId = assignment.Id,
            registrationType = assignment.Type.ToString(),
            reminders = outcome.Reminders,
            confirmation = answer,
        }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>
    /// "Send next reminder now": runs this appointment's earliest reminder that has not run yet, now. A
    /// reminder whose question is already answered sends nothing (e.g. the follow-up of an answered
    /// reminder); it is run anyway, which is all that would happen at its time, and the next is tried,
    /// a few at most, so one press sends one open question. Each run plans the reminder after it, as at
    /// its time. Reminders of a paused or stopped assignment are left alone, and so are other
    /// appointments' reminders. Answers <c>{ ran: false }</c> when there was nothing to run, else the
    /// last reminder run: <c>{ ran, sent, done, kind, reminderId, plannedFor }</c>, where <c>sent</c> says
    /// its question was open (so it went out) and <c>done</c> that it ran to the end (sent or not needed).
    /// </summary>
    private static async Task<IResult> RunNextReminderAsync(
        string appointmentId, AppointmentService appointments, ReminderDispatcher reminders, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindOwnedAsync(PlaygroundProfessional.Id, appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Results.NotFound();
        }

        return await reminders.SendNextNowAsync(appointment.Id, cancellationToken) is not { } run
            ? Results.Ok(new { ran = false })
            : Results.Ok(new { ran = true, sent = run.Sent, done = run.Done, kind = ReminderSender.EventName, reminderId = run.ReminderId, plannedFor = run.PlannedFor });
    }

    private static string NotChangeable(Appointment appointment, TextCatalog texts, Language language) =>
        texts.Format("professional.notChangeable", language, new Dictionary<string, string> { ["status"] = texts.Get(AppointmentTextKeys.Status(appointment.Status), language) });
}
