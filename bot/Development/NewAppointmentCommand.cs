using System.Globalization;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Bot.Storage;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Development;

/// <summary>
/// <c>dotnet run --project bot -- new-appointment --client "Test" --at 2026-12-01T10:00 [--language nl|en]
/// [--parts cards,capabilities]</c>: creates an appointment in the configured store and prints its
/// invitation code, for trying the client journey before the professional's side exists.
/// </summary>
public static class NewAppointmentCommand
{
    public const string Name = "new-appointment";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Keeps only settings (--Storage:Path x) for the host; the command's own arguments are not settings.</summary>
    public static string[] HostArguments(string[] args)
    {
        if (!Matches(args))
        {
            return args;
        }

        var settings = new List<string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i].Contains(':'))
            {
                settings.Add(args[i]);
                settings.Add(args[i + 1]);
            }
        }

        return [.. settings];
    }

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var options = Parse(args.Skip(1).ToArray());
        if (!options.TryGetValue("client", out var client) || !options.TryGetValue("at", out var at))
        {
            await output.WriteLineAsync("usage: new-appointment --client \"Name or pseudonym\" --at 2026-12-01T10:00 [--language nl|en] [--parts cards,capabilities]");
            return 2;
        }

        if (!DateTime.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            await output.WriteLineAsync($"--at '{at}' is not a date and time like 2026-12-01T10:00 (Europe/Amsterdam).");
            return 2;
        }

        var language = options.TryGetValue("language", out var code) && LanguageCodes.TryParse(code, out var chosen) ? chosen : Language.Dutch;
        var parts = ParseParts(options.GetValueOrDefault("parts"));
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var start = new DateTimeOffset(local, amsterdam.GetUtcOffset(local));
        var request = new AppointmentRequest(Appointment.NewId(), client, start, parts, language, TimeSpan.FromHours(24));
        var outcome = await services.GetRequiredService<AppointmentService>().CreateAsync(request, "development", CancellationToken.None);
        if (outcome.Problem is { } problem)
        {
            await output.WriteLineAsync($"The appointment cannot be created: {problem}.");
            return 2;
        }

        await output.WriteLineAsync($"Appointment {outcome.Appointment!.Id} for {client} at {start:yyyy-MM-dd HH:mm} (Europe/Amsterdam).");
        await output.WriteLineAsync($"Invitation code: {outcome.Code!.Formatted} (valid until {outcome.CodeExpiresAt:yyyy-MM-dd HH:mm} UTC)");
        return 0;
    }

    private static PreparationParts ParseParts(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PreparationParts.CardSet | PreparationParts.CapabilityList;
        }

        var parts = default(PreparationParts);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            parts |= part.ToLowerInvariant() switch
            {
                "cards" => PreparationParts.CardSet,
                "capabilities" => PreparationParts.CapabilityList,
                _ => throw new ArgumentException($"--parts: '{part}' is not 'cards' or 'capabilities'."),
            };
        }

        return parts;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].Contains(':'))
            {
                result[args[i].TrimStart('-')] = args[i + 1];
            }
        }

        return result;
    }
}
