namespace ReIntegratie.Bot.Channel;

/// <summary>
/// Serialises turns of one conversation inside this process (docs/protocol.md §10), with a fixed set of
/// lock stripes so memory stays bounded however many conversations there are. Across instances the
/// store's conditional writes keep turns correct.
/// </summary>
public sealed class ConversationLocks
{
    private readonly SemaphoreSlim[] stripes;

    public ConversationLocks(int stripeCount = 1024)
    {
        stripes = new SemaphoreSlim[stripeCount];
        for (var i = 0; i < stripeCount; i++)
        {
            stripes[i] = new SemaphoreSlim(1, 1);
        }
    }

    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var stripe = stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationKey) % (uint)stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
