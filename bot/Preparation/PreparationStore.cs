using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Preparation;

/// <summary>The client's shared preparation: clients/{appointmentId}/preparation.json. Only <see cref="PreparationService"/> writes it.</summary>
public sealed class PreparationStore(JsonDocuments documents)
{
    public static string Key(string appointmentId) => AppointmentStore.ClientPrefix(appointmentId) + "preparation.json";

    public Task<Versioned<PreparationAnswers>?> ReadAsync(string appointmentId, CancellationToken cancellationToken) =>
        documents.ReadAsync<PreparationAnswers>(Key(appointmentId), cancellationToken);

    /// <summary>
    /// Writes the shared preparation (last share wins: the client's own latest choice). The first share
    /// creates it in one round trip; a later one reads the ETag and replaces.
    /// </summary>
    public Task<PreparationAnswers> SaveAsync(string appointmentId, PreparationAnswers answers, CancellationToken cancellationToken) =>
        documents.PutAsync(Key(appointmentId), answers, cancellationToken);

    public Task<bool> DeleteAsync(string appointmentId, CancellationToken cancellationToken) =>
        documents.DeleteAsync(Key(appointmentId), etag: null, cancellationToken);
}
