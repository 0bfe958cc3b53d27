using System.Security.Cryptography;
using System.Text;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// Wrong invitation codes, counted per user (channel and user id, stored hashed) and over everyone,
/// in documents of their own: deleting a client's data or starting a new conversation does not
/// reset them.
/// </summary>
public sealed class InvitationAttempts(JsonDocuments documents)
{
    private const string TotalKey = "attempts/all.json";

    public static string UserKey(string userKey) =>
        DocumentKey.Join("attempts", "users", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userKey))) + ".json");

    /// <summary>Whether this user may try a code now: refused when they, or everyone together, tried too many wrong ones.</summary>
    public async Task<AttemptDecision> CheckAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var own = InvitationAttemptLimiter.Check(await TimesAsync(UserKey(userKey), cancellationToken), now);
        if (!own.IsAllowed)
        {
            return own;
        }

        return InvitationAttemptLimiter.CheckTotal(await TimesAsync(TotalKey, cancellationToken), now);
    }

    public async Task RecordFailureAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await AddAsync(UserKey(userKey), now, cancellationToken);
        await AddAsync(TotalKey, now, cancellationToken);
    }

    private async Task<IReadOnlyList<DateTimeOffset>> TimesAsync(string key, CancellationToken cancellationToken) =>
        (await documents.ReadAsync<FailedCodeAttempts>(key, cancellationToken))?.Value.Times ?? [];

    private Task AddAsync(string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        documents.UpdateAsync<FailedCodeAttempts>(key, current => new FailedCodeAttempts
        {
            Times = [.. InvitationAttemptLimiter.Counted(current?.Times ?? [], now), now],
        }, cancellationToken);
}
