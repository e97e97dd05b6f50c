using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>Keeps every log entry the host writes, so a test can show that no request made it log an exception.</summary>
public sealed class LogCapturingFactory : SmallGraphFactoryBase
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new CapturingProvider(Entries)));
    }

    private sealed class CapturingProvider(ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, entries);
        public void Dispose() { }
    }

    private sealed class Capturing(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}

/// <summary>Issue 14, item 6: whatever the parser refuses is the client's error (400 and a GraphQL error), never a 500 or a logged stack trace.</summary>
public sealed class ParseFailureTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    public static TheoryData<string> Unparsable => new()
    {
        new string('{', 200) + new string('}', 200),                                  // braces past the parser's 128 levels
        "{ " + string.Concat(Enumerable.Repeat("actor(id: \"a\") { ", 150)) + new string('}', 151), // fields past it
        "{ actor(id: ",                                                               // a plain syntax error
        "query { stats { actors } } mutation",                                         // a dangling definition
    };

    [Theory]
    [MemberData(nameof(Unparsable))]
    public async Task A_get_that_does_not_parse_is_a_400_graphql_error_and_logs_no_exception(string query)
    {
        var client = await factory.ClientAsync();

        var answer = await client.SendTimedAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.NotNull(answer.FirstCode);
        Assert.DoesNotContain(factory.Entries, e => e.Exception is not null || e.Level >= LogLevel.Error);
        await client.AssertNormalQuerySucceedsAsync();
    }

    [Theory]
    [MemberData(nameof(Unparsable))]
    public async Task A_post_that_does_not_parse_is_a_400_graphql_error_and_logs_no_exception(string query)
    {
        var client = await factory.ClientAsync();

        var answer = await client.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.NotNull(answer.FirstCode);
        Assert.DoesNotContain(factory.Entries, e => e.Exception is not null || e.Level >= LogLevel.Error);
    }
}
