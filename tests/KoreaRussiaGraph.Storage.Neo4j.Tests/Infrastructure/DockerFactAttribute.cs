namespace KoreaRussiaGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>A [Fact] that skips, printing why, when no Docker engine answers.</summary>
public sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute() => Skip = DockerEngine.SkipReason;
}
