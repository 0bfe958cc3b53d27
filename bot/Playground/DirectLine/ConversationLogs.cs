using System.Collections.Concurrent;

namespace ReIntegratie.Bot.Playground.DirectLine;

/// <summary>
/// The development Direct Line's conversations, in memory. Bounded: beyond <see cref="MaxConversations"/>
/// the least recently used one is forgotten (a pinned one, like the playground professional's, never).
/// </summary>
public sealed class ConversationLogs(TimeProvider clock)
{
    public const int MaxConversations = 50;
    private readonly ConcurrentDictionary<string, ConversationLog> logs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> pinned = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ConversationLog? Find(string conversationId) => logs.GetValueOrDefault(conversationId);

    /// <summary>Starts a conversation; false (and the existing one) when it had already started.</summary>
    public bool TryStart(string conversationId, string userId, out ConversationLog log)
    {
        lock (gate)
        {
            if (logs.TryGetValue(conversationId, out var existing))
            {
                log = existing;
                return false;
            }

            while (logs.Count - pinned.Count >= MaxConversations)
            {
                var oldest = logs.Values.Where(l => !pinned.ContainsKey(l.ConversationId)).MinBy(l => l.LastUsed);
                if (oldest is null)
                {
                    break;
                }

                logs.TryRemove(oldest.ConversationId, out _);
            }

            log = new ConversationLog(conversationId, userId, clock);
            logs[conversationId] = log;
            return true;
        }
    }

    /// <summary>A conversation that is never forgotten (the playground professional's), started when needed.</summary>
    public ConversationLog Pinned(string conversationId, string userId)
    {
        lock (gate)
        {
            pinned[conversationId] = 0;
            return logs.GetOrAdd(conversationId, id => new ConversationLog(id, userId, clock));
        }
    }

    public void Forget(string conversationId)
    {
        lock (gate)
        {
            logs.TryRemove(conversationId, out _);
        }
    }
}
