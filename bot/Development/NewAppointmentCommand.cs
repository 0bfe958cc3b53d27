using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ReIntegratie.Bot.Appointments;
using ReIntegratie.Domain.Appointments;
using ReIntegratie.Domain.Content;
using ReIntegratie.Domain.Preparation;

namespace ReIntegratie.Bot.Development;

/// <summary>
/// <c>dotnet run --project bot -- new-appointment --client "Test" --at 2027-03-01T10:00 [--language nl|en]
/// [--parts cards,capabilities] [--Storage:Path folder]</c>: creates an appointment in the configured store and
/// prints its invitation code, for trying the client journey before the professional's side exists. Arguments
/// the command does not know (settings such as <c>--Storage:Path folder</c>) go to the host's configuration.
/// </summary>
public static class NewAppointmentCommand
{
    public const string Name = "new-appointment";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Parses <paramref name="args"/>; the host is built from the settings among them only when the command runs.</summary>
    public static Task<int> RunAsync(string[] args, Func<string[], IServiceProvider> host, TextWriter output, TextWriter error)
    {
        var client = new Option<string>("--client") { Description = "the client's name or pseudonym (never a BSN)", Required = true };
        var at = new Option<DateTime>("--at")
        {
            Description = "date and time of the appointment, Europe/Amsterdam, e.g. 2027-03-01T10:00",
            Required = true,
            CustomParser = ParseLocalTime,
        };
        var language = new Option<string>("--language") { Description = "the client's language", DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        var parts = new Option<PreparationParts>("--parts")
        {
            Description = "what the client prepares: cards, capabilities or both [default: cards,capabilities]",
            HelpName = "cards,capabilities",
            CustomParser = ParseParts,
        };
        var command = new Command(Name, "Creates an appointment in the configured store and prints its invitation code (development).")
        {
            client, at, language, parts,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        var root = new RootCommand("ReIntegratie bot") { command };
        command.SetAction(async (result, cancellationToken) =>
        {
            LanguageCodes.TryParse(result.GetValue(language), out var chosen);
            var services = host([.. result.UnmatchedTokens]);
            var chosenParts = result.GetValue(parts) is var named and not default(PreparationParts) ? named : PreparationParts.CardSet | PreparationParts.CapabilityList;
            return await CreateAsync(services, result.GetValue(client)!, result.GetValue(at), chosen, chosenParts, output, cancellationToken);
        });

        // Problems with settings go on to Program, which ends with one line naming the setting.
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return root.Parse(args).InvokeAsync(invocation);
    }

    private static async Task<int> CreateAsync(
        IServiceProvider services, string client, DateTime local, Language language, PreparationParts parts, TextWriter output, CancellationToken cancellationToken)
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var start = new DateTimeOffset(local, amsterdam.GetUtcOffset(local));
        var request = new AppointmentRequest(Appointment.NewId(), client, start, parts, language, TimeSpan.FromHours(24));
        var outcome = await services.GetRequiredService<AppointmentService>().CreateAsync(request, "development", cancellationToken);
        if (outcome.Problem is { } problem)
        {
            await output.WriteLineAsync($"The appointment cannot be created: {problem}.");
            return 2;
        }

        await output.WriteLineAsync($"Appointment {outcome.Appointment!.Id} for {client} at {start:yyyy-MM-dd HH:mm} (Europe/Amsterdam).");
        await output.WriteLineAsync($"Invitation code: {outcome.Code!.Formatted} (valid until {outcome.CodeExpiresAt:yyyy-MM-dd HH:mm} UTC)");
        return 0;
    }

    private static DateTime ParseLocalTime(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return local;
        }

        result.AddError($"--at '{text}' is not a date and time like 2027-03-01T10:00 (Europe/Amsterdam).");
        return default;
    }

    private static PreparationParts ParseParts(ArgumentResult result)
    {
        var parts = default(PreparationParts);
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "cards":
                    parts |= PreparationParts.CardSet;
                    break;
                case "capabilities":
                    parts |= PreparationParts.CapabilityList;
                    break;
                default:
                    result.AddError($"--parts: '{part}' is not 'cards' or 'capabilities'.");
                    return default;
            }
        }

        if (parts == default)
        {
            result.AddError("--parts: name cards, capabilities or both (cards,capabilities).");
        }

        return parts;
    }
}
