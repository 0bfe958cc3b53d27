namespace ReIntegratie.Bot.Storage;

/// <summary>A thread-safe least-recently-used cache with a fixed capacity, so memory stays bounded.</summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> index = new(capacity);
    private readonly LinkedList<(TKey Key, TValue Value)> order = new();
    private readonly Lock gate = new();

    public int Count
    {
        get { lock (gate) { return index.Count; } }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (gate)
        {
            if (index.TryGetValue(key, out var node))
            {
                order.Remove(node);
                order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (gate)
        {
            if (index.Remove(key, out var existing))
            {
                order.Remove(existing);
            }

            index[key] = order.AddFirst((key, value));
            while (index.Count > capacity)
            {
                var last = order.Last!;
                order.RemoveLast();
                index.Remove(last.Value.Key);
            }
        }
    }

    public void Remove(TKey key)
    {
        lock (gate)
        {
            if (index.Remove(key, out var node))
            {
                order.Remove(node);
            }
        }
    }
}
