using System.Net.Sockets;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Whether a Docker engine answers (DOCKER_HOST, else the default unix socket), probed once per test run.</summary>
public static class DockerEngine
{
    private static readonly Lazy<string?> Reason = new(Probe);

    /// <summary>Null when an engine answered /_ping; otherwise why the Docker-backed tests cannot run.</summary>
    public static string? SkipReason => Reason.Value;

    private static string? Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        try
        {
            using var http = CreateClient(host, out var baseUri);
            using var response = http.GetAsync(baseUri + "_ping").GetAwaiter().GetResult();
            return response.IsSuccessStatusCode ? null : $"Docker engine at {host ?? "unix:///var/run/docker.sock"} answered /_ping with {(int)response.StatusCode}";
        }
        catch (Exception ex)
        {
            return $"no Docker engine reachable at {host ?? "unix:///var/run/docker.sock"} ({ex.GetBaseException().Message}); the Neo4j Testcontainers tests need one";
        }
    }

    private static HttpClient CreateClient(string? host, out string baseUri)
    {
        if (host is not null && host.StartsWith("tcp://", StringComparison.Ordinal))
        {
            baseUri = "http://" + host["tcp://".Length..].TrimEnd('/') + "/";
            return new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        }
        var socket = host is not null && host.StartsWith("unix://", StringComparison.Ordinal) ? host["unix://".Length..] : "/var/run/docker.sock";
        if (!File.Exists(socket)) throw new FileNotFoundException($"socket {socket} does not exist");
        baseUri = "http://docker/";
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) =>
            {
                var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await s.ConnectAsync(new UnixDomainSocketEndPoint(socket), ct);
                return new NetworkStream(s, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(3) };
    }
}
