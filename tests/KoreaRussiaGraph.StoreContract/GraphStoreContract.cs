using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;
using Xunit;

namespace KoreaRussiaGraph.StoreContract;

/// <summary>
/// The IGraphStore contract (DESIGN §3 and §5) on small hand-built graphs. Each store's test project derives
/// from this class and supplies an empty, initialised store; every [Fact] here then runs against that store.
/// Only the port is used, so any store can run it.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A fresh, empty, initialised store, owned (and disposed) by the test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    // --- builders -----------------------------------------------------------------------

    protected static Actor Person(string id, params string[] aliases) => new(id, TitleOf(id), ActorKind.Person, aliases);

    protected static Actor State(string id, params string[] aliases) => new(id, TitleOf(id), ActorKind.State, aliases);

    private static string TitleOf(string id) =>
        string.Join(' ', id.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>A relation cited to sentence <paramref name="sentence"/> of <paramref name="document"/>; vary the sentence to make parallel edges.</summary>
    protected static Relation Rel(string source, string type, string target, string? date = null,
        ClaimStatus status = ClaimStatus.Asserted, string document = "doc-1", int sentence = 0, bool symmetric = false,
        string? attributedTo = null, string? details = null, double confidence = 0.9)
    {
        var citation = new Citation(document, sentence, $"Sentence {sentence}: {source} {type} {target}.", sentence * 100, sentence * 100 + 40, "test-rule");
        return Relation.Create(type, source, target, symmetric, citation, date is null ? null : PartialDate.Parse(date),
            PartialDate.Parse("2024-01-02"), status, attributedTo, details, confidence);
    }

    protected static DocumentRecord Doc(string id, DocumentStatus status = DocumentStatus.Ingested, string? error = null, string sha = "sha-1") =>
        new(id, $"Title of {id}", $"https://example.org/{id}", "Example Outlet", PartialDate.Parse("2024-01-02"), "sidecar",
            "txt", sha, new DateTimeOffset(2024, 1, 3, 10, 0, 0, TimeSpan.Zero), "test-extractor/1", status, error);

    /// <summary>A write whose actors are the relations' endpoints (as people unless listed in <paramref name="actors"/>).</summary>
    protected static DocumentWrite WriteOf(string documentId, IEnumerable<Relation> relations, IEnumerable<Actor>? actors = null,
        string text = "raw text", DocumentStatus status = DocumentStatus.Ingested, string? error = null)
    {
        var list = relations.ToArray();
        var given = (actors ?? []).ToList();
        var known = given.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in list.SelectMany(r => new[] { r.SourceId, r.TargetId }).Distinct())
            if (known.Add(id)) given.Add(Person(id));
        return new DocumentWrite(Doc(documentId, status, error), text, given, list);
    }

    /// <summary>A store holding <paramref name="relations"/>, grouped into documents by their citation.</summary>
    protected async Task<IGraphStore> StoreWithAsync(params Relation[] relations)
    {
        var store = await CreateEmptyStoreAsync();
        foreach (var group in relations.GroupBy(r => r.Citation.DocumentId))
            await store.WriteDocumentAsync(WriteOf(group.Key, group));
        return store;
    }

    protected static RelationFilter Filter(string? types = null, string? from = null, string? to = null, bool includeUndated = false,
        ClaimStatus[]? statuses = null, Direction direction = Direction.Both) => new()
    {
        Types = types?.Split(',').ToHashSet(),
        From = from is null ? null : PartialDate.Parse(from),
        To = to is null ? null : PartialDate.Parse(to),
        IncludeUndated = includeUndated,
        Statuses = statuses?.ToHashSet() ?? RelationFilter.DefaultStatuses,
        Direction = direction,
    };

    protected static string[] Ids(IEnumerable<Relation> relations) => relations.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();

    protected static string[] Sorted(params Relation[] relations) => Ids(relations);

    protected static string Show(GraphPath path) => string.Join(">", path.Actors.Select(a => a.Id));

    protected static async Task<Page<Relation>> AllRelationsAsync(IGraphStore store, RelationFilter? filter = null, string? actor = null) =>
        await store.FindRelationsAsync(filter ?? RelationFilter.Default, actor, new PageRequest(1000));

    protected static async Task<GraphQueryException> ThrowsQueryErrorAsync(Func<Task> call, string code)
    {
        var error = await Assert.ThrowsAsync<GraphQueryException>(call);
        Assert.Equal(code, error.Code);
        return error;
    }
}
