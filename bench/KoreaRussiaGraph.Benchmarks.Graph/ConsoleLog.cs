using Microsoft.Extensions.Logging;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>The store's information messages (import phases, index rebuilds, snapshot writes) printed with the benchmark's own lines.</summary>
internal sealed class ConsoleLog<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) Console.WriteLine($"  [store] {formatter(state, exception)}");
    }
}
