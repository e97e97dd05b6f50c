using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Ingestion.Startup;

/// <summary>
/// The gazetteer to upsert into the store at start. Ingestion cannot see the extractor's type, so the host
/// adapts it: <c>services.AddKnownActors(sp => sp.GetRequiredService&lt;RuleBasedExtractor&gt;().KnownActors)</c>.
/// </summary>
public interface IKnownActors
{
    IReadOnlyList<Actor> KnownActors { get; }
}

/// <summary>An <see cref="IKnownActors"/> over a list computed once.</summary>
public sealed class KnownActorsList(IReadOnlyList<Actor> actors) : IKnownActors
{
    public IReadOnlyList<Actor> KnownActors { get; } = actors;
}
