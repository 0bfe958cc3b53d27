using System.Text.Json.Nodes;

namespace ReIntegratie.Bot.Cards;

/// <summary>Walks a card's JSON.</summary>
public static class CardTree
{
    /// <summary>
    /// Every object in the tree, depth first in document order. Each object's children are taken before it
    /// is handed out, so changing its properties meanwhile is safe (what is added to it is not walked).
    /// </summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? root)
    {
        var pending = new Stack<JsonNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject item:
                    PushInReverse(pending, item.Select(property => property.Value));
                    yield return item;
                    break;
                case JsonArray array:
                    PushInReverse(pending, array);
                    break;
            }
        }
    }

    private static void PushInReverse(Stack<JsonNode> pending, IEnumerable<JsonNode?> children)
    {
        foreach (var child in children.Reverse())
        {
            if (child is not null)
            {
                pending.Push(child);
            }
        }
    }
}
