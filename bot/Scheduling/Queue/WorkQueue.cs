using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Scheduling.Queue;

/// <summary>
/// The Azure queue of work messages: created on first use; messages never expire (the default time
/// to live is the same 7 days as the longest delay). Unreachable storage surfaces as <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class WorkQueue(QueueClient queue)
{
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);
    private readonly SemaphoreSlim ensureLock = new(1, 1);
    private volatile bool queueReady;

    public string Name => queue.Name;

    public async Task SendAsync(WorkMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        await EnsureQueueAsync(cancellationToken);
        try
        {
            await queue.SendMessageAsync(message.ToText(), delay, NeverExpires, cancellationToken);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("send to", exception);
        }
    }

    /// <summary>Up to <paramref name="maxMessages"/> visible messages, hidden from others for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        await EnsureQueueAsync(cancellationToken);
        try
        {
            return (await queue.ReceiveMessagesAsync(maxMessages, visibilityTimeout, cancellationToken)).Value;
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("receive from", exception);
        }
    }

    /// <summary>Deletes a received message. False when it was already gone or received again by someone else.</summary>
    public async Task<bool> DeleteAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 404 || exception.ErrorCode == QueueErrorCode.PopReceiptMismatch)
        {
            return false;
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("delete from", exception);
        }
    }

    private async Task EnsureQueueAsync(CancellationToken cancellationToken)
    {
        if (queueReady)
        {
            return;
        }

        await ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (!queueReady)
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                queueReady = true;
            }
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw Unavailable("create", exception);
        }
        finally
        {
            ensureLock.Release();
        }
    }

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 401 or 403 or 408 or 429 or >= 500,
        HttpRequestException or TimeoutException or IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsUnavailable),
        _ => false,
    };

    private StorageUnavailableException Unavailable(string operation, Exception exception) =>
        new($"Could not {operation} queue '{queue.Name}'.", exception);
}
