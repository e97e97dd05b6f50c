namespace KoreaRussiaGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements behind links and timelines. Aggregation runs in Neo4j; event dates are compared as the string
/// dateStart + dateEnd (fixed-width ISO days), which orders like PartialDate (start, then the narrower interval first),
/// and the partial date itself rides behind them, cut off again by the store.
/// </summary>
public static class LinkStatements
{
    private const string DateKey = "CASE WHEN r.dateStart IS NULL THEN NULL ELSE r.dateStart + r.dateEnd + r.date END";

    private static string[] With(params string[] names) => [.. names, .. Statements.FilterParams];

    /// <summary>Every link of the graph with enough documents, ordered by id or by documents then evidence, one page after the keyset.</summary>
    public static readonly CypherStatement FindLinks = new("links.find", $$"""
        MATCH (x:Actor)-[r:RELATES]->(y:Actor)
        WHERE {{Statements.Matches("r")}}
        OPTIONAL MATCH (d:Document {id: r.documentId})
        WITH x.id AS sourceId, r.type AS type, y.id AS targetId,
             count(r) AS evidence,
             count(DISTINCT r.documentId) AS documents,
             count(DISTINCT CASE WHEN d.outlet IS NULL THEN 'document:' + r.documentId ELSE 'outlet:' + d.outlet END) AS outlets,
             min({{DateKey}}) AS firstDate,
             max({{DateKey}}) AS lastDate,
             collect(DISTINCT r.reportedOn) AS reported,
             collect(DISTINCT r.status) AS statuses
        WHERE documents >= $minDocuments
        WITH sourceId + '|' + type + '|' + targetId AS id, sourceId, type, targetId, evidence, documents, outlets, firstDate, lastDate, reported, statuses
        ORDER BY CASE WHEN $byDocuments THEN -documents ELSE 0 END, CASE WHEN $byDocuments THEN -evidence ELSE 0 END, id
        WITH collect({id: id, sourceId: sourceId, type: type, targetId: targetId, evidence: evidence, documents: documents,
                      outlets: outlets, firstDate: firstDate, lastDate: lastDate, reported: reported, statuses: statuses}) AS matched
        RETURN size(matched) AS total,
               [l IN matched WHERE $afterId IS NULL
                  OR (NOT $byDocuments AND l.id > $afterId)
                  OR ($byDocuments AND (l.documents < $afterDocuments OR (l.documents = $afterDocuments
                      AND (l.evidence < $afterEvidence OR (l.evidence = $afterEvidence AND l.id > $afterId)))))][..$take] AS items
        """, With("minDocuments", "byDocuments", "afterId", "afterDocuments", "afterEvidence", "take"));

    /// <summary>One link's relations passing the filter; the store orders them newest first.</summary>
    public static readonly CypherStatement LinkEvidence = new("links.evidence", $$"""
        MATCH (:Actor {id: $sourceId})-[r:RELATES {type: $type}]->(:Actor {id: $targetId})
        WHERE {{Statements.Matches("r")}}
        RETURN r {.*} AS relation
        """, With("sourceId", "type", "targetId"));

    /// <summary>The outlets of the documents a set of relations cites, for grouping them into links.</summary>
    public static readonly CypherStatement DocumentOutlets = new("links.outlets",
        "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.outlet AS outlet", "ids");

    /// <summary>Relations passing the filter counted per (event date, type); the store buckets them.</summary>
    public static readonly CypherStatement Timeline = new("timeline.graph", $$"""
        MATCH ()-[r:RELATES]->()
        WHERE {{Statements.Matches("r")}}
        RETURN r.date AS date, r.type AS type, count(*) AS n
        """, With());

    /// <summary>The same around one actor: relations touching it, direction relative to it.</summary>
    public static readonly CypherStatement ActorTimeline = new("timeline.actor", $$"""
        MATCH (a:Actor {id: $actorId})-[r:RELATES]-()
        WHERE {{Statements.Matches("r")}} AND {{Statements.Traverses("r", "a")}}
        WITH DISTINCT r
        RETURN r.date AS date, r.type AS type, count(*) AS n
        """, With("actorId", "direction"));

    public static IReadOnlyList<CypherStatement> All { get; } = [FindLinks, LinkEvidence, DocumentOutlets, Timeline, ActorTimeline];
}
