using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// Appointments, their invitations (stored under the code's hash only), their links and the
/// professionals' records. Only <see cref="AppointmentService"/> writes them.
/// </summary>
public sealed class AppointmentStore(JsonDocuments documents)
{
    public static string AppointmentKey(string appointmentId) => DocumentKey.Join("appointments", DocumentKey.Segment(appointmentId) + ".json");

    public static string InvitationKey(string codeHash) => DocumentKey.Join("invitations", DocumentKey.Segment(codeHash) + ".json");

    public static string LinksKey(string appointmentId) => DocumentKey.Join("links", DocumentKey.Segment(appointmentId) + ".json");

    public static string ProfessionalKey(string professionalId) => DocumentKey.Join("professionals", DocumentKey.Segment(professionalId) + ".json");

    public static string ClientPrefix(string appointmentId) => DocumentKey.Join("clients", DocumentKey.Segment(appointmentId)) + "/";

    public Task<Versioned<Appointment>?> ReadAppointmentAsync(string appointmentId, CancellationToken cancellationToken) =>
        documents.ReadAsync<Appointment>(AppointmentKey(appointmentId), cancellationToken);

    /// <summary>The appointment as this instance last saw it when it has a copy (may be older than the store), else the store's.</summary>
    public Task<Versioned<Appointment>?> ReadRememberedAppointmentAsync(string appointmentId, CancellationToken cancellationToken) =>
        documents.ReadRememberedAsync<Appointment>(AppointmentKey(appointmentId), cancellationToken);

    public Task<Versioned<Invitation>?> ReadInvitationAsync(string codeHash, CancellationToken cancellationToken) =>
        documents.ReadAsync<Invitation>(InvitationKey(codeHash), cancellationToken);

    /// <summary>
    /// Creates the appointment, its invitation and its links. All are new documents: nothing existing is
    /// overwritten, and a second create with the same appointment id fails with a conflict.
    /// </summary>
    public async Task CreateAsync(Appointment appointment, Invitation invitation, TimeSpan summaryLeadTime, CancellationToken cancellationToken)
    {
        await documents.SaveAsync(AppointmentKey(appointment.Id), appointment, etag: null, cancellationToken);
        await documents.SaveAsync(InvitationKey(invitation.CodeHash), invitation, etag: null, cancellationToken);
        await documents.SaveAsync(LinksKey(appointment.Id), new AppointmentLinks
        {
            InvitationHash = invitation.CodeHash,
            InvitationExpiresAt = invitation.ExpiresAt,
            SummaryLeadTime = summaryLeadTime,
            InvitationHashes = [invitation.CodeHash],
        }, etag: null, cancellationToken);
    }

    public async Task<AppointmentLinks?> ReadLinksAsync(string appointmentId, CancellationToken cancellationToken) =>
        (await documents.ReadAsync<AppointmentLinks>(LinksKey(appointmentId), cancellationToken))?.Value;

    public Task<AppointmentLinks> UpdateLinksAsync(string appointmentId, Action<AppointmentLinks> change, CancellationToken cancellationToken) =>
        documents.UpdateAsync<AppointmentLinks>(LinksKey(appointmentId), current =>
        {
            var links = current ?? new AppointmentLinks();
            change(links);
            return links;
        }, cancellationToken);

    public Task<Invitation> UpdateInvitationAsync(string codeHash, Action<Invitation> change, CancellationToken cancellationToken) =>
        documents.UpdateAsync<Invitation>(InvitationKey(codeHash), current =>
        {
            var invitation = current ?? throw new InvalidOperationException("The invitation does not exist.");
            change(invitation);
            return invitation;
        }, cancellationToken);

    public Task DeleteInvitationAsync(string codeHash, CancellationToken cancellationToken) =>
        documents.DeleteAsync(InvitationKey(codeHash), etag: null, cancellationToken);

    public async Task<ProfessionalRecord?> ReadProfessionalAsync(string professionalId, CancellationToken cancellationToken) =>
        (await documents.ReadAsync<ProfessionalRecord>(ProfessionalKey(professionalId), cancellationToken))?.Value;

    public Task<ProfessionalRecord> UpdateProfessionalAsync(string professionalId, Action<ProfessionalRecord> change, CancellationToken cancellationToken) =>
        documents.UpdateAsync<ProfessionalRecord>(ProfessionalKey(professionalId), current =>
        {
            var record = current ?? new ProfessionalRecord();
            change(record);
            return record;
        }, cancellationToken);

    public Task<string> SaveInvitationAsync(Invitation invitation, string? etag, CancellationToken cancellationToken) =>
        documents.SaveAsync(InvitationKey(invitation.CodeHash), invitation, etag, cancellationToken);

    /// <summary>Applies a change to the appointment with conflict retry (another turn may change it too).</summary>
    /// <param name="ifMissing">The exception for a missing appointment (default: <see cref="InvalidOperationException"/>).</param>
    public Task<Appointment> UpdateAppointmentAsync(string appointmentId, Action<Appointment> change, CancellationToken cancellationToken, Func<Exception>? ifMissing = null) =>
        documents.UpdateAsync<Appointment>(AppointmentKey(appointmentId), current =>
        {
            var appointment = current ?? throw (ifMissing?.Invoke() ?? new InvalidOperationException($"Appointment {appointmentId} does not exist."));
            change(appointment);
            return appointment;
        }, cancellationToken);

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
            if (await documents.DeleteAsync(key, etag: null, cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }
}
