using ReIntegratie.Bot.Channel;

namespace ReIntegratie.Bot.Tests.Channel;

public sealed class ConversationLocksTests
{
    [Fact]
    public async Task ATurnHoldingOneConversation_ShouldNeverMakeATurnOfAnotherConversationWait_WhateverItsKey()
    {
        var locks = new ConversationLocks();

        using (await locks.AcquireAsync("msteams|a:professional", default))
        {
            // A professional's turn starting turns in clients' conversations (10,000 keys: with a shared set of
            // lock slots some would land in the professional's slot and wait on it for ever).
            for (var client = 0; client < 10_000; client++)
            {
                var inner = locks.AcquireAsync($"webchat|client-{client:D5}", default);
                Assert.True(inner.IsCompletedSuccessfully, $"client {client} waited on the professional's turn");
                (await inner).Dispose();
            }
        }

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task TwoTurnsOfOneConversation_ShouldRunOneAfterTheOther()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("webchat|c1", default);

        var second = locks.AcquireAsync("webchat|c1", default);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task AWaitingTurnThatIsCancelled_ShouldLeaveTheLockAsItWas()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("webchat|c1", default);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("webchat|c1", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, locks.Count);
        (await locks.AcquireAsync("webchat|c1", default).WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }
}
