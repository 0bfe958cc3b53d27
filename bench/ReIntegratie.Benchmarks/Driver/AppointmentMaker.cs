using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReIntegratie.Benchmarks.Driver;

/// <summary>
/// Gets invitation codes the way a professional does: in Teams (channel msteams, an allowed tenant),
/// submitting the "new appointment" form; the bot answers with the code. Nothing touches the bot's storage directly.
/// </summary>
public sealed partial class AppointmentMaker(BotEndpoint bot, LoopbackConnector connector, string tenantId)
{
    private const int AppointmentsPerProfessional = 25;
    private int professionals;
    private int made;

    public async Task<IReadOnlyList<string>> MakeAsync(int count, int parallelism)
    {
        var codes = new ConcurrentBag<string>();
        var remaining = count;
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(parallelism, count))).Select(async _ =>
        {
            var professional = Interlocked.Increment(ref professionals);
            var who = new ChannelIdentity("msteams", $"a:bench-prof-{professional}", $"29:bench-prof-{professional}", $"bench-prof-{professional}", tenantId);
            var inbox = connector.Register(who.ConversationId);
            var sequence = 0;
            try
            {
                while (Interlocked.Decrement(ref remaining) >= 0)
                {
                    if (sequence >= AppointmentsPerProfessional)
                    {
                        connector.Forget(who.ConversationId);
                        professional = Interlocked.Increment(ref professionals);
                        who = new ChannelIdentity("msteams", $"a:bench-prof-{professional}", $"29:bench-prof-{professional}", $"bench-prof-{professional}", tenantId);
                        inbox = connector.Register(who.ConversationId);
                        sequence = 0;
                    }

                    codes.Add(await CreateAsync(who, inbox, ++sequence));
                }
            }
            finally
            {
                connector.Forget(who.ConversationId);
            }
        });
        await Task.WhenAll(workers);
        return [.. codes];
    }

    private async Task<string> CreateAsync(ChannelIdentity who, ReplyInbox inbox, int sequence)
    {
        var number = Interlocked.Increment(ref made);
        var day = DateTime.UtcNow.Date.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var form = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["action"] = "createAppointment",
            ["formId"] = Guid.NewGuid().ToString("N"),
            ["clientName"] = $"Cliënt B{number}",
            ["date"] = day,
            ["time"] = "10:00",
            ["language"] = "nl",
            ["parts"] = "cards,capabilities",
            ["leadTime"] = "24",
        });
        var before = inbox.Count;
        var activity = ActivityJson.Write(OutgoingActivity.Submit(form), who, $"{who.ConversationId}-{sequence}", connector.ServiceUrl);
        var (status, _) = await bot.PostAsync(activity);
        var (_, last, _) = inbox.Since(before);
        if (status != 200 || last is null)
        {
            throw new InvalidOperationException($"creating an appointment failed: HTTP {status}, {(last is null ? "no reply" : "a reply")}");
        }

        var match = CodePattern().Match(Encoding.UTF8.GetString(last));
        return match.Success ? match.Value : throw new InvalidOperationException("the bot's answer to the appointment form carries no invitation code");
    }

    [GeneratedRegex("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex CodePattern();
}
