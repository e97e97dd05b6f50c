namespace KoreaRussiaGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the store can send, in one place, so a test can hand all of them to Neo4j's parser.
/// Graph model: (:Actor {id,…})-[:RELATES {id, type, sourceId, targetId, dateStart, dateEnd, …}]->(:Actor),
/// (:Document {id,…, text}). Relation dates are stored as ISO day strings (start and end of the partial date's
/// interval) so the overlap filter runs in Cypher as string comparisons. Values only travel as parameters;
/// the only things spliced into text are integer quantifiers, which Cypher does not accept as parameters, and
/// they come from the finite variant lists below.
/// </summary>
public static partial class Statements
{
    private const string ActorMap = "{.id, .name, .kind, .aliases, .wikidataId, .description}";
    private const string DocumentMap = "{.id, .title, .url, .outlet, .published, .publishedBasis, .format, .sha256, .ingestedAt, .extractorVersion, .status, .error, .relationCount}";

    /// <summary>The filter parameters every graph query takes (see <see cref="Mapping.FilterParameters"/>).</summary>
    internal static readonly string[] FilterParams = ["types", "statuses", "dated", "dateFrom", "dateTo", "includeUndated"];

    /// <summary>Type, status and date test on relationship <paramref name="r"/>: RelationFilter.Matches in Cypher.</summary>
    internal static string Matches(string r) =>
        $"($types IS NULL OR {r}.type IN $types) AND {r}.status IN $statuses " +
        $"AND (NOT $dated OR ({r}.dateStart IS NULL AND $includeUndated) " +
        $"OR ({r}.dateStart IS NOT NULL AND ($dateFrom IS NULL OR {r}.dateEnd >= $dateFrom) AND ($dateTo IS NULL OR {r}.dateStart <= $dateTo)))";

    /// <summary>Whether a walk standing on <paramref name="x"/> may cross <paramref name="r"/>: RelationFilter.Traverses in Cypher.</summary>
    internal static string Traverses(string r, string x) =>
        $"({r}.symmetric OR $direction = 'BOTH' OR ($direction = 'OUT' AND {r}.sourceId = {x}.id) OR ($direction = 'IN' AND {r}.targetId = {x}.id))";

    private static string[] With(params string[] names) => [.. names, .. FilterParams];

    public static readonly CypherStatement Ping = new("ping", "RETURN 1 AS ok");

    // --- actors ---------------------------------------------------------------------------

    public static readonly CypherStatement UpsertActors = new("actors.upsert", """
        UNWIND $actors AS actor
        MERGE (a:Actor {id: actor.id})
        ON CREATE SET a.name = actor.name, a.kind = actor.kind
        SET a.aliases = reduce(acc = coalesce(a.aliases, []), alias IN actor.aliases |
                CASE WHEN toLower(alias) IN [known IN acc | toLower(known)] THEN acc ELSE acc + alias END),
            a.wikidataId = coalesce(a.wikidataId, actor.wikidataId),
            a.description = coalesce(a.description, actor.description)
        SET a.searchNames = reduce(text = a.name, alias IN a.aliases | text + ', ' + alias)
        """, "actors");

    public static readonly CypherStatement GetActor = new("actors.get",
        $"MATCH (a:Actor {{id: $id}}) RETURN a {ActorMap} AS actor", "id");

    public static readonly CypherStatement GetActors = new("actors.getMany",
        $"MATCH (a:Actor) WHERE a.id IN $ids RETURN a {ActorMap} AS actor", "ids");

    public static readonly CypherStatement ActorIds = new("actors.ids", "MATCH (a:Actor) RETURN a.id AS id");

    public static readonly CypherStatement FindActors = new("actors.find", $$"""
        MATCH (a:Actor)
        WHERE ($kind IS NULL OR a.kind = $kind)
          AND ($search IS NULL OR toLower(a.id) CONTAINS $search OR toLower(a.name) CONTAINS $search
               OR any(alias IN a.aliases WHERE toLower(alias) CONTAINS $search))
        WITH a ORDER BY a.id
        WITH collect(a {{ActorMap}}) AS matched
        RETURN size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.id > $after][..$take] AS items
        """, "kind", "search", "after", "take");

    public static readonly CypherStatement Degree = new("actors.degree",
        "MATCH (a:Actor {id: $id}) RETURN COUNT { (a)-[:RELATES]-() } AS degree", "id");

    // --- relations ------------------------------------------------------------------------

    public static readonly CypherStatement GetRelation = new("relations.get",
        "MATCH ()-[r:RELATES {id: $id}]->() RETURN r {.*} AS relation", "id");

    public static readonly CypherStatement GetRelations = new("relations.getMany",
        "UNWIND $ids AS id MATCH ()-[r:RELATES {id: id}]->() RETURN r {.*} AS relation", "ids");

    public static readonly CypherStatement FindRelations = new("relations.find", $$"""
        MATCH ()-[r:RELATES]->()
        WHERE {{Matches("r")}}
        WITH r ORDER BY r.id
        WITH collect(r {.*}) AS matched
        RETURN size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.id > $after][..$take] AS items
        """, With("after", "take"));

    public static readonly CypherStatement FindActorRelations = new("relations.findForActor", $$"""
        MATCH (a:Actor {id: $actorId})-[r:RELATES]-()
        WHERE {{Matches("r")}} AND {{Traverses("r", "a")}}
        WITH DISTINCT r ORDER BY r.id
        WITH collect(r {.*}) AS matched
        RETURN size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.id > $after][..$take] AS items
        """, With("actorId", "direction", "after", "take"));

    // --- document writes (one explicit transaction) ---------------------------------------

    public static readonly CypherStatement DocumentRelationIds = new("documents.relationIds",
        "MATCH ()-[r:RELATES {documentId: $documentId}]->() RETURN r.id AS id", "documentId");

    public static readonly CypherStatement DeleteStaleRelations = new("documents.deleteStaleRelations",
        "MATCH ()-[r:RELATES {documentId: $documentId}]->() WHERE NOT r.id IN $keep DELETE r", "documentId", "keep");

    public static readonly CypherStatement MergeRelations = new("relations.merge", """
        UNWIND $relations AS rel
        MATCH (s:Actor {id: rel.sourceId})
        MATCH (t:Actor {id: rel.targetId})
        MERGE (s)-[r:RELATES {id: rel.id}]->(t)
        SET r += rel
        """, "relations");

    public static readonly CypherStatement MergeDocument = new("documents.merge",
        "MERGE (d:Document {id: $id}) SET d += $document, d.text = $text", "id", "document", "text");

    // --- documents ------------------------------------------------------------------------

    public static readonly CypherStatement GetDocument = new("documents.get",
        $"MATCH (d:Document {{id: $id}}) RETURN d {DocumentMap} AS document", "id");

    public static readonly CypherStatement ListDocuments = new("documents.list", $$"""
        MATCH (d:Document)
        WITH d ORDER BY d.id
        WITH collect(d {{DocumentMap}}) AS matched
        RETURN size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.id > $after][..$take] AS items
        """, "after", "take");

    public static readonly CypherStatement DocumentText = new("documents.text",
        "MATCH (d:Document {id: $id}) RETURN d.text AS text", "id");

    public static readonly CypherStatement Stats = new("stats", """
        RETURN COUNT { (:Actor) } AS actors,
               COUNT { ()-[:RELATES]->() } AS relations,
               COUNT { (:Document) } AS documents,
               COUNT { (d:Document) WHERE d.status = $failed } AS failed,
               COLLECT { MATCH ()-[r:RELATES]->() WITH r.type AS type, count(*) AS n RETURN [type, n] } AS byType
        """, "failed");

    // --- graph queries --------------------------------------------------------------------

    /// <summary>
    /// Breadth-first reach: ANY SHORTEST per reached actor gives its hop count under the filters. The quantifier
    /// bound must be a literal, hence one statement per depth.
    /// </summary>
    public static CypherStatement Neighbourhood(int depth) => NeighbourhoodVariants[depth - 1];

    private static readonly CypherStatement[] NeighbourhoodVariants = Enumerable.Range(1, 3).Select(depth => new CypherStatement(
        $"neighbourhood.d{depth}", $$"""
        MATCH (s:Actor {id: $id})
        MATCH p = ANY SHORTEST (s)((x:Actor)-[r:RELATES]-(y:Actor) WHERE {{Matches("r")}} AND {{Traverses("r", "x")}}){1,{{depth}}}(o:Actor)
        WHERE o <> s
        WITH o, length(p) AS hops
        RETURN o.id AS id, hops, COUNT { (o)-[:RELATES]-() } AS degree
        ORDER BY hops, degree DESC, id
        LIMIT $take
        """, With("id", "direction", "take"))).ToArray();

    /// <summary>The induced subgraph: every relation passing the filters between two returned actors.</summary>
    public static readonly CypherStatement InducedRelations = new("neighbourhood.edges", $$"""
        MATCH (x:Actor)-[r:RELATES]->(y:Actor)
        WHERE x.id IN $ids AND y.id IN $ids AND {{Matches("r")}}
        RETURN r {.*} AS relation ORDER BY r.id
        """, With("ids"));

    /// <summary>
    /// Candidate paths: the k shortest length groups of simple paths. Every group holds at least one actor
    /// sequence and different groups differ in length, so the k shortest actor sequences are all among them;
    /// the store then collapses parallel edges, orders ties by the id sequence and keeps k.
    /// Quantifier and group count must be literals, hence one statement per (maxHops, k).
    /// </summary>
    public static CypherStatement Paths(int maxHops, int k) => PathVariants[(maxHops - 1) * 10 + (k - 1)];

    private static readonly CypherStatement[] PathVariants = (
        from hops in Enumerable.Range(1, 6)
        from k in Enumerable.Range(1, 10)
        select new CypherStatement($"paths.h{hops}.k{k}", $$"""
            MATCH (a:Actor {id: $from})
            MATCH (b:Actor {id: $to})
            MATCH p = SHORTEST {{k}} GROUPS (a)((x:Actor)-[r:RELATES]-(y:Actor) WHERE {{Matches("r")}} AND {{Traverses("r", "x")}}){1,{{hops}}}(b)
            WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
            RETURN [n IN nodes(p) | n.id] AS ids
            """, With("from", "to", "direction"))).ToArray();

    /// <summary>The evidence of each hop: all relations between two consecutive actors that pass the filters.</summary>
    public static readonly CypherStatement HopRelations = new("paths.hops", $$"""
        UNWIND $pairs AS pair
        MATCH (x:Actor {id: pair[0]})-[r:RELATES]-(y:Actor {id: pair[1]})
        WHERE {{Matches("r")}} AND {{Traverses("r", "x")}}
        RETURN pair[0] AS fromId, pair[1] AS toId, collect(r {.*}) AS relations
        """, With("pairs", "direction"));

    /// <summary>Every statement above, variants included, and the link statements (the schema scripts are listed by <see cref="SchemaScripts"/>).</summary>
    // Built on first use: LinkStatements' initializer reads this class, so a list built here at type initialization
    // would find LinkStatements.All still null whenever LinkStatements is touched first.
    public static IReadOnlyList<CypherStatement> All => _all ??=
    [
        Ping, UpsertActors, GetActor, GetActors, ActorIds, FindActors, Degree,
        GetRelation, GetRelations, FindRelations, FindActorRelations,
        DocumentRelationIds, DeleteStaleRelations, MergeRelations, MergeDocument,
        GetDocument, ListDocuments, DocumentText, Stats,
        .. NeighbourhoodVariants, InducedRelations, .. PathVariants, HopRelations,
        .. SearchAndOrdering,
        .. LinkStatements.All,
    ];

    private static IReadOnlyList<CypherStatement>? _all;
}
