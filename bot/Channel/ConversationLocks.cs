namespace ReIntegratie.Bot.Channel;

/// <summary>
/// Serialises turns of one conversation inside this process (docs/protocol.md §10). Each conversation
/// being worked on has a lock of its own, kept only while a turn holds or awaits it, so memory follows
/// the conversations active right now. A turn may start a turn of another conversation (a professional
/// giving an assignment sends the client its explanation): that never waits on the first, whatever the
/// two keys are. Across instances the store's conditional writes keep turns correct.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Gate> gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        Gate gate;
        lock (gates)
        {
            if (!gates.TryGetValue(conversationKey, out gate!))
            {
                gates[conversationKey] = gate = new Gate();
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationKey, gate);
            throw;
        }

        return new Releaser(this, conversationKey, gate);
    }

    /// <summary>How many conversations have a lock now (held or awaited).</summary>
    public int Count
    {
        get
        {
            lock (gates)
            {
                return gates.Count;
            }
        }
    }

    private void Leave(string conversationKey, Gate gate)
    {
        lock (gates)
        {
            if (--gate.Users == 0)
            {
                gates.Remove(conversationKey);
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(ConversationLocks owner, string conversationKey, Gate gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(conversationKey, gate);
            }
        }
    }
}
