using System.Diagnostics;

namespace ReIntegratie.Bot.Tests.Support;

/// <summary>The built bot as its own process (dotnet ReIntegratie.Bot.dll), for what only a real process shows, e.g. its exit.</summary>
public static class BotProcessRun
{
    public static async Task<ProcessOutcome> RunToExitAsync(IEnumerable<string> arguments, TimeSpan timeout)
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
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the bot.");
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
}
