using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Storage;

/// <summary>
/// Appointments, their invitations (stored under the code's hash only) and the client's shared
/// preparation, in the document layout of DESIGN.md.
/// </summary>
public sealed class AppointmentStore(JsonDocuments documents)
{
    public static string AppointmentKey(string appointmentId) => DocumentKey.Join("appointments", DocumentKey.Segment(appointmentId) + ".json");

    public static string InvitationKey(string codeHash) => DocumentKey.Join("invitations", DocumentKey.Segment(codeHash) + ".json");

    public static string ClientPrefix(string appointmentId) => DocumentKey.Join("clients", DocumentKey.Segment(appointmentId)) + "/";

    public static string PreparationKey(string appointmentId) => ClientPrefix(appointmentId) + "preparation.json";

    public Task<Versioned<Appointment>?> ReadAppointmentAsync(string appointmentId, CancellationToken cancellationToken) =>
        documents.ReadAsync<Appointment>(AppointmentKey(appointmentId), cancellationToken);

    public Task<Versioned<Invitation>?> ReadInvitationAsync(string codeHash, CancellationToken cancellationToken) =>
        documents.ReadAsync<Invitation>(InvitationKey(codeHash), cancellationToken);

    /// <summary>Creates the appointment and its invitation. Both are new documents: nothing existing is overwritten.</summary>
    public async Task CreateAsync(Appointment appointment, Invitation invitation, CancellationToken cancellationToken)
    {
        await documents.SaveAsync(AppointmentKey(appointment.Id), appointment, etag: null, cancellationToken);
        await documents.SaveAsync(InvitationKey(invitation.CodeHash), invitation, etag: null, cancellationToken);
    }

    public Task<string> SaveInvitationAsync(Invitation invitation, string etag, CancellationToken cancellationToken) =>
        documents.SaveAsync(InvitationKey(invitation.CodeHash), invitation, etag, cancellationToken);

    /// <summary>Applies a change to the appointment with conflict retry (another turn may change it too).</summary>
    public Task<Appointment> UpdateAppointmentAsync(string appointmentId, Action<Appointment> change, CancellationToken cancellationToken) =>
        documents.UpdateAsync<Appointment>(AppointmentKey(appointmentId), current =>
        {
            var appointment = current ?? throw new InvalidOperationException($"Appointment {appointmentId} does not exist.");
            change(appointment);
            return appointment;
        }, cancellationToken);

    public Task<Versioned<PreparationAnswers>?> ReadPreparationAsync(string appointmentId, CancellationToken cancellationToken) =>
        documents.ReadAsync<PreparationAnswers>(PreparationKey(appointmentId), cancellationToken);

    /// <summary>Writes the shared preparation (last share wins: the client's own latest choice).</summary>
    public Task<PreparationAnswers> SavePreparationAsync(string appointmentId, PreparationAnswers answers, CancellationToken cancellationToken) =>
        documents.UpdateAsync<PreparationAnswers>(PreparationKey(appointmentId), _ => answers, cancellationToken);

    /// <summary>Deletes everything stored under the client's prefix (answers, registrations).</summary>
    public async Task<int> DeleteClientDataAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var keys = new List<string>();
        await foreach (var key in documents.Store.ListAsync(ClientPrefix(appointmentId), cancellationToken))
        {
            keys.Add(key);
        }

        foreach (var key in keys)
        {
            if (await documents.Store.DeleteAsync(key, etag: null, cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }
}
