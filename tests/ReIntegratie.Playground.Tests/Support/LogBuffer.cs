using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReIntegratie.Playground.Tests.Support;

/// <summary>The host's log lines, kept (bounded) so a failing test can show what the bot did.</summary>
public sealed class LogBuffer : ILoggerProvider
{
    private const int MaxLines = 2000;
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public string Tail(int count = 60) => string.Join(Environment.NewLine, lines.TakeLast(count));

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lines.Enqueue(line);
        while (lines.Count > MaxLines && lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(LogBuffer buffer, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                buffer.Add($"{logLevel,-11} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
            }
        }
    }
}
