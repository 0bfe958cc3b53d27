using System.Diagnostics;

namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>
/// A process this benchmark started: its output goes to a log file (read when something fails), and
/// stopping it ends exactly this process and its children, nothing else.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Process> Running = new();
    private readonly Process process;
    private readonly StreamWriter log;

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

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string logPath, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
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
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        var started = Stopwatch.GetTimestamp();
        process.Start();
        Running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, log, logPath, started);
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

    /// <summary>Asks the process to stop (SIGTERM), then kills it and its children if it does not.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        try
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            await WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    /// <summary>
    /// Kills what is still running of the processes this benchmark started (each by its own id), when
    /// the benchmark is interrupted (Ctrl+C) or exits without having stopped them.
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
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
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
