using System.Collections.Frozen;

namespace ReIntegratie.Bot.Scheduling;

/// <summary>The registered <see cref="IWorkHandler"/>s by kind; two handlers for one kind are an error on first use.</summary>
/// <remarks>
/// Handlers are looked up on first use, not when this is built: a handler may itself schedule work
/// (directly, or through a service such as the appointments), so building them with the scheduler would be a dependency cycle.
/// </remarks>
public sealed class WorkHandlers
{
    private readonly Lazy<FrozenDictionary<string, IWorkHandler>> byKind;

    public WorkHandlers(IEnumerable<IWorkHandler> handlers)
        : this(() => handlers)
    {
        _ = byKind.Value;
    }

    public WorkHandlers(Func<IEnumerable<IWorkHandler>> handlers) =>
        byKind = new Lazy<FrozenDictionary<string, IWorkHandler>>(() => ByKind(handlers()), LazyThreadSafetyMode.ExecutionAndPublication);

    public IWorkHandler? Find(string kind) => byKind.Value.GetValueOrDefault(kind);

    private static FrozenDictionary<string, IWorkHandler> ByKind(IEnumerable<IWorkHandler> handlers)
    {
        var map = new Dictionary<string, IWorkHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!map.TryAdd(handler.Kind, handler))
            {
                throw new InvalidOperationException($"Two work handlers are registered for kind '{handler.Kind}'.");
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
