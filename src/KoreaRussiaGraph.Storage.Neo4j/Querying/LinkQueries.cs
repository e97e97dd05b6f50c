using System.Text.Json;
using KoreaRussiaGraph.Core.Links;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;
using KoreaRussiaGraph.Core.Timelines;
using KoreaRussiaGraph.Storage.Neo4j.Cypher;
using KoreaRussiaGraph.Storage.Neo4j.Http;
using KoreaRussiaGraph.Storage.Neo4j.Mapping;

namespace KoreaRussiaGraph.Storage.Neo4j.Querying;

/// <summary>Links and timelines: Neo4j aggregates and pages; this class maps rows and buckets dates as Core does.</summary>
internal sealed class LinkQueries(QueryApiClient client, ActorLookup actors)
{
    // dateStart and dateEnd are ten characters each (yyyy-MM-dd); the partial date follows them in the sort key.
    private const int DateKeyPrefix = 20;

    public async Task<Page<Link>> FindAsync(LinkQuery query, CancellationToken ct)
    {
        var after = query.Validate();
        var values = FilterParameters.Of(query.EffectiveFilter)
            .With("minDocuments", query.MinDocuments)
            .With("byDocuments", query.Order == LinkOrder.DocumentCount)
            .With("afterId", after?.Id)
            .With("afterDocuments", after?.DocumentCount ?? 0)
            .With("afterEvidence", after?.EvidenceCount ?? 0)
            .With("take", query.First + 1);
        var row = (await client.RunAsync(LinkStatements.FindLinks.Bind(values), ct)).Single();
        var items = row["items"].EnumerateArray().Select(ReadLink).ToArray();
        return new Page<Link>(items.Take(query.First).ToArray(), items.Length > query.First, RecordReader.Int(row["total"]));
    }

    public async Task<IReadOnlyList<LinkWithEvidence>> GroupAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct)
    {
        if (relations.Count == 0) return [];
        var ids = relations.Select(r => r.Citation.DocumentId).Distinct(StringComparer.Ordinal).ToArray();
        var outlets = (await client.RunAsync(LinkStatements.DocumentOutlets.Bind(new Dictionary<string, object?> { ["ids"] = ids }), ct))
            .Records.ToDictionary(r => r["id"].GetString()!, r => r["outlet"].ValueKind == JsonValueKind.String ? r["outlet"].GetString() : null, StringComparer.Ordinal);
        return LinkGrouping.Group(relations, id => outlets.GetValueOrDefault(id));
    }

    public async Task<IReadOnlyList<Relation>> EvidenceAsync(LinkKey link, RelationFilter filter, CancellationToken ct)
    {
        QueryGuard.ValidFilter(filter);
        var values = FilterParameters.Of(filter).With("sourceId", link.SourceId).With("type", link.Type).With("targetId", link.TargetId);
        var evidence = (await client.RunAsync(LinkStatements.LinkEvidence.Bind(values), ct))
            .Records.Select(r => RecordReader.Relation(r["relation"])).ToList();
        evidence.Sort(EvidenceOrder.NewestFirst);
        return evidence;
    }

    public async Task<Timeline> TimelineAsync(TimelineQuery query, CancellationToken ct)
    {
        query.Validate();
        BoundStatement statement;
        if (query.ActorId is { } actorId)
        {
            await actors.RequireAsync([actorId], ct);
            statement = LinkStatements.ActorTimeline.Bind(FilterParameters.Of(query.EffectiveFilter, withDirection: true).With("actorId", actorId));
        }
        else statement = LinkStatements.Timeline.Bind(FilterParameters.Of(query.EffectiveFilter));
        var builder = new TimelineBuilder(query.Bucket);
        foreach (var row in (await client.RunAsync(statement, ct)).Records)
        {
            var date = row["date"].ValueKind == JsonValueKind.String ? PartialDate.Parse(row["date"].GetString()!) : (PartialDate?)null;
            builder.Add(date, row["type"].GetString()!, RecordReader.Int(row["n"]));
        }
        return builder.Build();
    }

    private static Link ReadLink(JsonElement map)
    {
        var key = new LinkKey(RecordReader.Str(map, "sourceId")!, RecordReader.Str(map, "type")!, RecordReader.Str(map, "targetId")!);
        var reported = map.GetProperty("reported").EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String).Select(v => PartialDate.Parse(v.GetString()!)).ToArray();
        var statuses = map.GetProperty("statuses").EnumerateArray()
            .Select(v => GraphValues.ParseEnum<ClaimStatus>(v.GetString()!)).Distinct().Order().ToArray();
        return new Link(key,
            RecordReader.Int(map.GetProperty("evidence")),
            RecordReader.Int(map.GetProperty("documents")),
            RecordReader.Int(map.GetProperty("outlets")),
            DateOf(map, "firstDate"), DateOf(map, "lastDate"),
            reported.Length == 0 ? null : reported.Min(),
            statuses);
    }

    private static PartialDate? DateOf(JsonElement map, string name) =>
        RecordReader.Str(map, name) is { Length: > DateKeyPrefix } key ? PartialDate.Parse(key[DateKeyPrefix..]) : null;
}
