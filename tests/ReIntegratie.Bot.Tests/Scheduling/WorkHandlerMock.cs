using Moq;
using ReIntegratie.Bot.Scheduling;

namespace ReIntegratie.Bot.Tests.Scheduling;

/// <summary>Moq doubles of work handlers, and the work they were handed (read from Moq's record of calls).</summary>
public static class WorkHandlerMock
{
    /// <summary>A handler of <paramref name="kind"/> that succeeds; set up HandleAsync again to make it fail or wait.</summary>
    public static Mock<IWorkHandler> Of(string kind)
    {
        var handler = new Mock<IWorkHandler>();
        handler.SetupGet(h => h.Kind).Returns(kind);
        handler.Setup(h => h.HandleAsync(It.IsAny<ScheduledWork>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        return handler;
    }

    /// <summary>Every work item handed to the handler, in order, repeats included.</summary>
    public static IReadOnlyList<ScheduledWork> Handled(this Mock<IWorkHandler> handler) =>
        [.. handler.Invocations.Where(call => call.Method.Name == nameof(IWorkHandler.HandleAsync)).Select(call => (ScheduledWork)call.Arguments[0]!)];

    public static int CallsOf(this Mock<IWorkHandler> handler, string id) => handler.Handled().Count(work => work.Id == id);

    /// <summary>How often each work id was handed to the handler.</summary>
    public static IReadOnlyDictionary<string, int> CallsById(this Mock<IWorkHandler> handler) =>
        handler.Handled().GroupBy(work => work.Id).ToDictionary(group => group.Key, group => group.Count());

    public static InvalidOperationException Failure(ScheduledWork work) => new($"{work.Id} fails on purpose");
}
