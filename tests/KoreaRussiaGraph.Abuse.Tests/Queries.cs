namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>The shapes the README, GraphiQL's example tabs and the explorer send, with their full selections.</summary>
public static class Queries
{
    public const string RelationView = """
        fragment RelationView on Relation {
          id type date datePrecision reportedOn status details confidence
          source { id name } target { id name }
          attributedTo { id name }
          citation { quote start end rule document { id title url outlet published } }
        }
        """;

    public const string Neighbourhood = """
        query Neighbourhood($actor: ID!, $depth: Int, $filter: RelationFilter) {
          neighbourhood(actor: $actor, depth: $depth, filter: $filter) {
            truncated
            nodes { hops actor { id name kind aliases degree } }
            edges { ...RelationView }
          }
        }
        """ + RelationView;

    public const string Paths = """
        query Paths($from: ID!, $to: ID!, $maxHops: Int, $k: Int) {
          paths(from: $from, to: $to, maxHops: $maxHops, k: $k) {
            length
            actors { id name kind aliases degree }
            hops { from { id } to { id } relations { ...RelationView } }
          }
        }
        """ + RelationView;

    public const string Relations = """
        query Relations($filter: RelationFilter, $first: Int) {
          relations(filter: $filter, first: $first) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { ...RelationView } }
          }
        }
        """ + RelationView;

    public const string PathLengthsOnly = """
        query Paths($from: ID!, $to: ID!, $maxHops: Int, $k: Int) {
          paths(from: $from, to: $to, maxHops: $maxHops, k: $k) { length actors { id } }
        }
        """;

    /// <summary>The introspection query GraphiQL sends on load.</summary>
    public const string Introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
