using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ReIntegratie.Bot.Channel;
using ReIntegratie.Bot.Conversations;
using ReIntegratie.Bot.Dialogs.Preparation;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Content;

namespace ReIntegratie.Benchmarks.Micro;

/// <summary>
/// The CPU work of one client turn, in process and without I/O: parse the inbound activity (the bot's
/// ProtocolJson options), run the dialog step on the conversation's state (deserialize, act, serialize:
/// what the bot stores), and render the next question as an Adaptive Card in wire JSON.
/// "Turn" is all of it together, including serializing the replies for the connector; "state JSON only"
/// is the part of the dialog step that is just reading and writing the conversation document.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[IterationTime(250)]
public class HotPathBenchmarks
{
    private TurnFixture fixture = null!;
    private Activity answer = null!;
    private StepPrompts prompts = null!;
    private ClientJourney journey = null!;
    private JourneyStep step = null!;
    private JourneyPage page = null!;

    /// <summary>Which question the turn answers: a preparation card question, or a work value's card (its three scales on one card in Web Chat).</summary>
    [Params("card question", "capability scale")]
    public string Question { get; set; } = "card question";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        fixture = Question == "card question"
            ? await TurnFixture.CreateAsync("q:", skip: 2)
            : await TurnFixture.CreateAsync("a:", skip: 1);
        answer = TurnFixture.Parse(fixture.AnswerJson);
        prompts = fixture.Service<StepPrompts>();
        journey = JsonSerializer.Deserialize<ConversationState>(fixture.StateJson, StorageJson.Options)!.Client!;
        step = JourneySteps.Find(journey, PreparationContent.Default, journey.CurrentStep)!;
        page = JourneyPages.Holding(journey, PreparationContent.Default, journey.CurrentStep, together: true)!;
    }

    /// <summary>Runs every benchmark once per parameter, outside BenchmarkDotNet: a quick check that the fixture works.</summary>
    public static async Task<int> CheckAsync(TextWriter output)
    {
        foreach (var question in new[] { "card question", "capability scale" })
        {
            var benchmarks = new HotPathBenchmarks { Question = question };
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await benchmarks.SetupAsync();
            output.WriteLine($"{question}: fixture ready in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms at step {benchmarks.step.Key}");
            output.WriteLine($"  parse: {benchmarks.ParseActivity().Type}, step: {(await benchmarks.DialogStep()).Length} B state, " +
                $"render: {benchmarks.RenderQuestionCard().Length} B card, turn: {await benchmarks.Turn()} B, state JSON: {benchmarks.StateJsonOnly().Length} B");
            await benchmarks.CleanupAsync();
        }

        return 0;
    }

    [GlobalCleanup]
    public Task CleanupAsync() => fixture.DisposeAsync().AsTask();

    [Benchmark(Description = "activity parse")]
    public Activity ParseActivity() => TurnFixture.Parse(fixture.AnswerJson);

    [Benchmark(Description = "dialog step (state in, act, state out)")]
    public async Task<byte[]> DialogStep() => (await fixture.RunTurnAsync(answer, fixture.StateJson)).State;

    [Benchmark(Description = "state JSON only (read + write the document)")]
    public byte[] StateJsonOnly()
    {
        var state = JsonSerializer.Deserialize<ConversationState>(fixture.StateJson, StorageJson.Options)!;
        return JsonSerializer.SerializeToUtf8Bytes(state, StorageJson.Options);
    }

    [Benchmark(Description = "card render (question card to wire JSON)")]
    public byte[] RenderQuestionCard()
    {
        var (_, options) = prompts.Build(page, journey, Language.Dutch, "webchat");
        return TurnFixture.Wire(options.Prompt ?? throw new InvalidOperationException("no card for " + page.Key));
    }

    [Benchmark(Description = "turn (parse + step + replies to wire JSON)")]
    public async Task<int> Turn()
    {
        var activity = TurnFixture.Parse(fixture.AnswerJson);
        var (turn, state) = await fixture.RunTurnAsync(activity, fixture.StateJson);
        var bytes = state.Length;
        foreach (var reply in turn.BufferedActivities)
        {
            bytes += TurnFixture.Wire(reply).Length;
        }

        return bytes;
    }
}
