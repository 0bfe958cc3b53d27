using System.Collections.Frozen;

namespace ReIntegratie.Bot.Scheduling;

/// <summary>The registered <see cref="IWorkHandler"/>s by kind; two handlers for one kind stop start-up.</summary>
public sealed class WorkHandlers
{
    private readonly FrozenDictionary<string, IWorkHandler> byKind;

    public WorkHandlers(IEnumerable<IWorkHandler> handlers)
    {
        var map = new Dictionary<string, IWorkHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!map.TryAdd(handler.Kind, handler))
            {
                throw new InvalidOperationException($"Two work handlers are registered for kind '{handler.Kind}'.");
            }
        }

        byKind = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IWorkHandler? Find(string kind) => byKind.GetValueOrDefault(kind);
}
