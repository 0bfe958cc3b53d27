namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>A small typed bag of per-turn objects (SDK: TurnState), keyed by type.</summary>
public sealed class TurnServices
{
    private readonly Dictionary<Type, object> items = [];

    public TurnServices Set<T>(T value) where T : class
    {
        items[typeof(T)] = value;
        return this;
    }

    public T Get<T>() where T : class =>
        items.TryGetValue(typeof(T), out var value)
            ? (T)value
            : throw new InvalidOperationException($"TurnServices.Get: no {typeof(T).Name} for this turn.");
}
