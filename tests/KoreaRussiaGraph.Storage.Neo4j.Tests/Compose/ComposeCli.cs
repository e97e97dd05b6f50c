using System.Diagnostics;
using KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Compose;

/// <summary>The compose client to validate with: docker-compose (v1), else the docker CLI's compose plugin; null when neither runs.</summary>
public static class ComposeCli
{
    private static readonly Lazy<string[]?> Command = new(FindCommand);

    public static string[]? Prefix => Command.Value;

    public static string SkipReason =>
        "neither docker-compose nor the docker compose plugin is installed, so the compose file cannot be validated here (apt-get install docker-compose provides one)";

    private static string[]? FindCommand()
    {
        if (Tooling.Find("docker-compose") is { } v1) return [v1];
        if (Tooling.Find("docker") is { } docker && Works(docker, "compose", "version")) return [docker, "compose"];
        return null;
    }

    private static bool Works(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var p = Process.Start(start)!;
            p.WaitForExit(15000);
            return p.HasExited && p.ExitCode == 0;
        }
        catch (Exception) { return false; }
    }
}

/// <summary>A [Fact] that skips, printing why, when no compose client exists.</summary>
public sealed class ComposeFactAttribute : FactAttribute
{
    public ComposeFactAttribute()
    {
        if (ComposeCli.Prefix is null) Skip = ComposeCli.SkipReason;
    }
}
