using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Issue 18's statements: ordered relation listings (one variant per order field, direction and scope, since
/// ORDER BY cannot take parameters), filtered document listings and full-text search over the indexes of
/// graph-schema/neo4j/003-fulltext.cypher. Search text arrives as a Lucene query built by SearchExpression.ToLucene.
/// </summary>
public static partial class Statements
{
    /// <summary>The fulltext index names of graph-schema/neo4j/003-fulltext.cypher.</summary>
    internal const string RelationQuoteIndex = "relation_quote", DocumentTitleIndex = "document_title", ActorNamesIndex = "actor_names";

    public static CypherStatement OrderedRelations(RelationOrder order, bool forActor) =>
        OrderedVariants[((int)order.Field * 2 + (int)order.Direction) * 2 + (forActor ? 1 : 0)];

    // Built on first use: field initialisers of the other part of this class (FilterParams) must have run.
    private static CypherStatement[] OrderedVariants => _orderedVariants ??= (
        from orderField in Enum.GetValues<RelationOrderField>()
        from direction in Enum.GetValues<OrderDirection>()
        from forActor in new[] { false, true }
        select OrderedRelationsStatement(new RelationOrder(orderField, direction), forActor)).ToArray();

    private static CypherStatement[]? _orderedVariants;

    private static CypherStatement OrderedRelationsStatement(RelationOrder order, bool forActor)
    {
        var (start, end) = order.Field switch
        {
            RelationOrderField.Date => ("r.dateStart", "r.dateEnd"),
            RelationOrderField.ReportedOn => ("r.reportedStart", "r.reportedEnd"),
            _ => ("null", "null"),
        };
        var desc = order.Descending ? " DESC" : "";
        var orderBy = order.Field == RelationOrderField.Id ? $"r.id{desc}" : $"ks IS NULL, ks{desc}, ke{desc}, r.id";
        // x comes after the cursor ($afterStart, $afterEnd, $afterId) in this order: RelationOrder.Compare in Cypher.
        var later = order.Descending ? "<" : ">";
        var after = order.Field == RelationOrderField.Id
            ? $"x.r.id {later} $afterId"
            : "(x.ks IS NULL AND ($afterStart IS NOT NULL OR x.r.id > $afterId)) " +
              $"OR (x.ks IS NOT NULL AND $afterStart IS NOT NULL AND (x.ks {later} $afterStart OR (x.ks = $afterStart " +
              $"AND (x.ke {later} $afterEnd OR (x.ke = $afterEnd AND x.r.id > $afterId)))))";
        var match = forActor
            ? $"MATCH (a:Actor {{id: $actorId}})-[r:RELATES]-() WHERE {Matches("r")} AND {Traverses("r", "a")}"
            : $"MATCH ()-[r:RELATES]->() WHERE {Matches("r")}";
        var name = $"relations.ordered.{order.Field}.{order.Direction}{(forActor ? ".actor" : "")}".ToLowerInvariant();
        string[] parameters = forActor
            ? With("actorId", "direction", "documentId", "ids", "afterStart", "afterEnd", "afterId", "take")
            : With("documentId", "ids", "afterStart", "afterEnd", "afterId", "take");
        return new CypherStatement(name, $$"""
            {{match}}
              AND ($documentId IS NULL OR r.documentId = $documentId) AND ($ids IS NULL OR r.id IN $ids)
            WITH DISTINCT r
            WITH r, {{start}} AS ks, {{end}} AS ke
            ORDER BY {{orderBy}}
            WITH collect({r: r {.*}, ks: ks, ke: ke}) AS matched
            RETURN size(matched) AS total, [x IN matched WHERE $afterId IS NULL OR {{after}} | x.r][..$take] AS items
            """, parameters);
    }

    public static readonly CypherStatement FindDocuments = new("documents.find", $$"""
        MATCH (d:Document)
        WHERE ($outlets IS NULL OR toLower(d.outlet) IN $outlets) AND ($statuses IS NULL OR d.status IN $statuses)
          AND (NOT $dated OR (d.publishedStart IS NOT NULL AND ($dateFrom IS NULL OR d.publishedEnd >= $dateFrom)
               AND ($dateTo IS NULL OR d.publishedStart <= $dateTo)))
          AND ($ids IS NULL OR d.id IN $ids)
        WITH d ORDER BY d.id
        WITH collect(d {{DocumentMap}}) AS matched
        RETURN size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.id > $after][..$take] AS items
        """, "outlets", "statuses", "dated", "dateFrom", "dateTo", "ids", "after", "take");

    public static readonly CypherStatement RelationIdsMatching = new("search.relationIds",
        $"CALL db.index.fulltext.queryRelationships('{RelationQuoteIndex}', $q) YIELD relationship RETURN relationship.id AS id", "q");

    /// <summary>Documents whose title matches or that a matching sentence cites.</summary>
    public static readonly CypherStatement DocumentIdsMatching = new("search.documentIds", $"""
        CALL db.index.fulltext.queryNodes('{DocumentTitleIndex}', $q) YIELD node RETURN node.id AS id
        UNION
        CALL db.index.fulltext.queryRelationships('{RelationQuoteIndex}', $q) YIELD relationship RETURN relationship.documentId AS id
        """, "q");

    /// <summary>All three indexes, best score first, ties by kind (relation, document, actor) and id.</summary>
    public static readonly CypherStatement Search = new("search", $$"""
        CALL () {
          CALL db.index.fulltext.queryRelationships('{{RelationQuoteIndex}}', $q) YIELD relationship, score
          RETURN 0 AS kind, relationship.id AS id, score, relationship {.*} AS item
          UNION ALL
          CALL db.index.fulltext.queryNodes('{{DocumentTitleIndex}}', $q) YIELD node, score
          RETURN 1 AS kind, node.id AS id, score, node {{DocumentMap}} AS item
          UNION ALL
          CALL db.index.fulltext.queryNodes('{{ActorNamesIndex}}', $q) YIELD node, score
          RETURN 2 AS kind, node.id AS id, score, node {{ActorMap}} AS item
        }
        WITH kind, id, score, item ORDER BY score DESC, kind, id
        WITH collect({kind: kind, score: score, item: item}) AS hits
        RETURN size(hits) AS total, hits[$skip..$skip + $take] AS items
        """, "q", "skip", "take");

    private static IReadOnlyList<CypherStatement> SearchAndOrdering =>
        [.. OrderedVariants, FindDocuments, RelationIdsMatching, DocumentIdsMatching, Search];
}
