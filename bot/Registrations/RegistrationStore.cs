using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Registrations;

namespace ReIntegratie.Bot.Registrations;

/// <summary>Registration assignments under the client's prefix: clients/{appointmentId}/registrations/{assignmentId}.json.</summary>
public sealed class RegistrationStore(JsonDocuments documents)
{
    public static string Key(string appointmentId, string assignmentId) =>
        AppointmentStore.ClientPrefix(appointmentId) + "registrations/" + DocumentKey.Segment(assignmentId) + ".json";

    public async Task<RegistrationAssignment?> ReadAsync(string appointmentId, string assignmentId, CancellationToken cancellationToken) =>
        (await documents.ReadAsync<RegistrationAssignment>(Key(appointmentId, assignmentId), cancellationToken))?.Value;

    public Task CreateAsync(RegistrationAssignment assignment, CancellationToken cancellationToken) =>
        documents.SaveAsync(Key(assignment.AppointmentId, assignment.Id), assignment, etag: null, cancellationToken);

    /// <summary>Applies a change with conflict retry; returns the stored result.</summary>
    public Task<RegistrationAssignment> UpdateAsync(string appointmentId, string assignmentId, Action<RegistrationAssignment> change, CancellationToken cancellationToken) =>
        documents.UpdateAsync<RegistrationAssignment>(Key(appointmentId, assignmentId), current =>
        {
            var assignment = current ?? throw new InvalidOperationException("The registration assignment does not exist.");
            change(assignment);
            return assignment;
        }, cancellationToken);

    public async Task<IReadOnlyList<RegistrationAssignment>> ListAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var result = new List<RegistrationAssignment>();
        await foreach (var key in documents.Store.ListAsync(AppointmentStore.ClientPrefix(appointmentId) + "registrations/", cancellationToken))
        {
            if ((await documents.ReadAsync<RegistrationAssignment>(key, cancellationToken))?.Value is { } assignment)
            {
                result.Add(assignment);
            }
        }

        return [.. result.OrderBy(a => a.CreatedAt)];
    }
}
