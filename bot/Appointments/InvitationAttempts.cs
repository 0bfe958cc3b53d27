using System.Security.Cryptography;
using System.Text;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;

namespace ReIntegratie.Bot.Appointments;

/// <summary>
/// Wrong invitation codes, limited per user (channel and user id, stored hashed) and over everyone, in
/// a document of their own: deleting a client's data or starting a new conversation does not reset them.
/// </summary>
public sealed class InvitationAttempts(JsonDocuments documents)
{
    public const string Key = "attempts/recent.json";

    /// <summary>Whether this user may try a code now: refused when they, or everyone together, tried too many wrong ones.</summary>
    public async Task<AttemptDecision> CheckAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recent = (await documents.ReadAsync<FailedCodeAttempts>(Key, cancellationToken))?.Value.Recent ?? [];
        var user = Hash(userKey);
        var own = InvitationAttemptLimiter.Check(recent.Where(a => a.User == user).Select(a => a.At), now);
        return own.IsAllowed ? InvitationAttemptLimiter.CheckTotal(recent.Select(a => a.At), now) : own;
    }

    public Task RecordFailureAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        documents.UpdateAsync<FailedCodeAttempts>(Key, current => new FailedCodeAttempts
        {
            Recent = [.. (current?.Recent ?? []).Where(a => now - a.At < InvitationAttemptLimiter.Window), new FailedCodeAttempt(Hash(userKey), now)],
        }, cancellationToken);

    private static string Hash(string userKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userKey)))[..32];
}
