using System.Diagnostics;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>The built bot as its own process (dotnet ReIntegratie.Bot.dll), for what only a real process shows, e.g. its exit.</summary>
public static class BotProcessRun
{
    public static async Task<ProcessOutcome> RunToExitAsync(IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var process = Start(arguments, new Dictionary<string, string>());
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The bot did not exit within {timeout}; output: {await output}");
        }

        return new ProcessOutcome(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the bot, returns the first line of its output that <paramref name="wanted"/> accepts, and stops it.</summary>
    public static async Task<string> RunUntilLineAsync(
        IEnumerable<string> arguments, IDictionary<string, string> environment, Func<string, bool> wanted, TimeSpan timeout)
    {
        using var process = Start(arguments, environment);
        using var cancellation = new CancellationTokenSource(timeout);
        var seen = new System.Text.StringBuilder();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancellation.Token) is { } line)
            {
                seen.AppendLine(line);
                if (wanted(line))
                {
                    return line;
                }
            }

            throw new InvalidOperationException($"The bot ended without the line; output: {seen}{await process.StandardError.ReadToEndAsync()}");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot did not print the line within {timeout}; output: {seen}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static Process Start(IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        var botDll = typeof(Program).Assembly.Location;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(botDll);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        startInfo.Environment.Remove("DOTNET_ENVIRONMENT");
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the bot.");
    }
}
