namespace ReIntegratie.Bot.Dialogs.Engine;

/// <summary>The dialogs a stack can start, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"DialogSet.Add: a dialog with id '{dialog.Id}' is already added.");
        }

        return this;
    }

    public Dialog? Find(string id) => dialogs.GetValueOrDefault(id);
}
