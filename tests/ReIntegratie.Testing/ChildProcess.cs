using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace ReIntegratie.Testing;

/// <summary>
/// A process a test or benchmark started: its output goes to a log file (read when something fails),
/// the lines matching a pattern given at start can be awaited (e.g. the port a server bound), and
/// stopping it ends exactly this process and its children, nothing else. It never outlives the process
/// that started it, even when that one is killed (as the test runner does with its test host).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Process> Running = new();
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30); // a busy machine closes a server slowly
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Channel<Match> matches = Channel.CreateUnbounded<Match>();
    private string? ownedLogFolder;

    // Whatever is still running when the test or benchmark process ends is stopped with it.
    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAllStarted();

    private ChildProcess(Process process, StreamWriter log, string logPath, long startedTimestamp)
    {
        this.process = process;
        this.log = log;
        LogPath = logPath;
        StartedTimestamp = startedTimestamp;
    }

    public int Id => process.Id;

    public string LogPath { get; }

    /// <summary><see cref="Stopwatch.GetTimestamp"/> just before the process was started.</summary>
    public long StartedTimestamp { get; }

    public bool HasExited => process.HasExited;

    /// <param name="logPath">Where its output goes; a new temporary file when null.</param>
    /// <param name="watch">Output lines matching this are kept for <see cref="NextMatchAsync"/>.</param>
    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string? logPath = null, IDictionary<string, string>? environment = null, string? workingDirectory = null, Regex? watch = null)
    {
        var ownedLogFolder = logPath is null ? Directory.CreateTempSubdirectory("reintegratie-process-").FullName : null;
        logPath ??= Path.Combine(ownedLogFolder!, Path.GetFileName(fileName) + ".log");
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process, log, logPath, Stopwatch.GetTimestamp()) { ownedLogFolder = ownedLogFolder };
        process.OutputDataReceived += (_, e) => child.Received(e.Data, watch, endOfOutput: e.Data is null);
        process.ErrorDataReceived += (_, e) => child.Received(e.Data, watch, endOfOutput: false);
        process.Start();
        Running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WatchForParentExit(process.Id);
        return child;
    }

    /// <summary>
    /// A shell that stops the child once this process is gone (SIGTERM, and SIGKILL when it has not ended
    /// 10 s later: a server may hang in its shutdown), and ends by itself once the child is gone.
    /// </summary>
    private static void WatchForParentExit(int childId)
    {
        var watchdog = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "-c",
                     "while kill -0 \"$0\" 2>/dev/null && kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill \"$1\" 2>/dev/null; " +
                     "for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 \"$1\" 2>/dev/null || exit 0; sleep 1; done; kill -9 \"$1\" 2>/dev/null",
                     Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     childId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            watchdog.ArgumentList.Add(argument);
        }

        Process.Start(watchdog)?.Dispose();
    }

    /// <summary>The next output line that matched the pattern given at start; fails when the process ended or the time ran out first.</summary>
    public async Task<Match> NextMatchAsync(TimeSpan timeout, string what)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await matches.Reader.ReadAsync(cancel.Token);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"{what}: the process ended first.\n{LogTail()}");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{what}: not within {timeout.TotalSeconds:0} s.\n{LogTail()}");
        }
    }

    /// <summary>Resident memory of the process (VmRSS), in bytes.</summary>
    public long WorkingSetBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                return kilobytes * 1024;
            }
        }

        throw new InvalidOperationException($"no VmRSS for process {process.Id}");
    }

    /// <summary>CPU time the process used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public string LogTail(int lines = 30)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM), then kills it and its children if it does not end within 30 s.
    /// Returns its exit code (137 when it had to be killed; 0 when it had already ended cleanly).
    /// </summary>
    public async Task<int> StopAsync()
    {
        if (process.HasExited)
        {
            return process.ExitCode;
        }

        try
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            return await WaitForExitAsync(StopLimit);
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            return process.ExitCode;
        }
    }

    /// <summary>
    /// Kills what is still running of the processes started here (each by its own id), when the test or
    /// benchmark process is interrupted or exits without having stopped them.
    /// </summary>
    public static void KillAllStarted()
    {
        foreach (var (id, running) in Running)
        {
            try
            {
                if (!running.HasExited)
                {
                    running.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // already gone
            }

            Running.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Running.TryRemove(process.Id, out _);
        process.Dispose();
        await log.DisposeAsync();
        if (ownedLogFolder is not null)
        {
            try
            {
                Directory.Delete(ownedLogFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private void Received(string? line, Regex? watch, bool endOfOutput)
    {
        if (endOfOutput)
        {
            matches.Writer.TryComplete();
        }

        if (line is null)
        {
            return;
        }

        if (watch?.Match(line) is { Success: true } match)
        {
            matches.Writer.TryWrite(match);
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // output that arrives after the process was stopped and its log closed
            }
        }
    }
}
