namespace ReIntegratie.Bot.Scheduling;

/// <summary>How due work is found: by polling the document store, or by Azure Queue messages.</summary>
public enum SchedulingProvider
{
    InProcess,
    AzureQueue,
}
