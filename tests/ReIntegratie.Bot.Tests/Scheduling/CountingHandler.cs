using System.Collections.Concurrent;
using ReIntegratie.Bot.Scheduling;

namespace ReIntegratie.Bot.Tests.Scheduling;

/// <summary>A work handler that counts its calls per id and fails the calls <paramref name="failCall"/> says should fail.</summary>
public sealed class CountingHandler(string kind, Func<ScheduledWork, int, bool>? failCall = null) : IWorkHandler
{
    private readonly ConcurrentDictionary<string, int> calls = new();
    private readonly ConcurrentQueue<ScheduledWork> seen = new();

    public string Kind => kind;

    /// <summary>Runs inside the handler after counting, e.g. to block it; the argument is the handler's token.</summary>
    public Func<CancellationToken, Task>? During { get; set; }

    public int Total => calls.Values.Sum();

    public IReadOnlyCollection<ScheduledWork> Seen => seen.ToArray();

    public int CallsOf(string id) => calls.GetValueOrDefault(id);

    public IReadOnlyDictionary<string, int> Calls => calls;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var call = calls.AddOrUpdate(work.Id, 1, (_, count) => count + 1);
        seen.Enqueue(work);
        if (During is { } during)
        {
            await during(cancellationToken);
        }

        if (failCall?.Invoke(work, call) == true)
        {
            throw new InvalidOperationException($"call {call} of {work.Id} fails on purpose");
        }
    }
}
