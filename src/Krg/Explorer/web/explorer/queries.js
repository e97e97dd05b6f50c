// Queries use only the DESIGN §4 names, so the page works against either store.
const relation = `
fragment RelationView on Relation {
  id type date datePrecision reportedOn status details confidence
  source { id } target { id }
  attributedTo { id name }
  citation { quote start end rule document { id title url outlet published } }
}
fragment ActorView on Actor { id name kind aliases degree }`;

export const SEARCH_ACTORS = `
query SearchActors($search: String!, $first: Int) {
  actors(search: $search, first: $first) { edges { node { id name kind degree } } }
}`;

export const RELATION_TYPES = `
query RelationTypes { relationTypes { name description symmetric } }`;

export const NEIGHBOURHOOD = `
query Neighbourhood($actor: ID!, $depth: Int, $filter: RelationFilter) {
  neighbourhood(actor: $actor, depth: $depth, filter: $filter) {
    truncated
    nodes { hops actor { ...ActorView } }
    edges { ...RelationView }
  }
}${relation}`;

export const PATHS = `
query Paths($from: ID!, $to: ID!, $maxHops: Int, $k: Int, $filter: RelationFilter) {
  paths(from: $from, to: $to, maxHops: $maxHops, k: $k, filter: $filter) {
    length
    actors { ...ActorView }
    hops { from { id } to { id } relations { ...RelationView } }
  }
}${relation}`;
