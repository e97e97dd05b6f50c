// Queries use only the contract's names (DESIGN §4 and issue 15), so the page works against either store.
const relation = `
fragment RelationView on Relation {
  id type date datePrecision reportedOn status details confidence
  source { id } target { id }
  attributedTo { id name }
  citation { quote start end rule document { id title url outlet published } }
}`;
const actor = `
fragment ActorView on Actor { id name kind aliases degree }`;
const link = `
fragment LinkView on Link {
  id type evidenceCount documentCount outletCount firstDate lastDate firstReported statuses
  source { id } target { id }
}`;

export const SEARCH_ACTORS = `
query SearchActors($search: String!, $first: Int) {
  actors(search: $search, first: $first) { edges { node { id name kind degree } } }
}`;

export const RELATION_TYPES = `
query RelationTypes { relationTypes { name description symmetric } }`;

// The best-corroborated relationship: where the page opens when the address names no actor.
export const BEST_LINK = `
query BestLink { links(orderBy: DOCUMENT_COUNT, first: 1) { nodes { source { id degree } target { id degree } } } }`;

// One edge per link, plus every relation's date and type over all time (the `span` alias drops the date filter) for
// the timeline under the graph, so the histogram stays put while the brush narrows the drawing.
export const NEIGHBOURHOOD_LINKS = `
query NeighbourhoodLinks($actor: ID!, $depth: Int, $filter: RelationFilter, $span: RelationFilter) {
  neighbourhood(actor: $actor, depth: $depth, filter: $filter) {
    truncated
    nodes { hops actor { ...ActorView } }
    links { ...LinkView }
  }
  span: neighbourhood(actor: $actor, depth: $depth, filter: $span) { edges { id type date } }
}${actor}${link}`;

export const NEIGHBOURHOOD_RELATIONS = `
query NeighbourhoodRelations($actor: ID!, $depth: Int, $filter: RelationFilter, $span: RelationFilter) {
  neighbourhood(actor: $actor, depth: $depth, filter: $filter) {
    truncated
    nodes { hops actor { ...ActorView } }
    edges { ...RelationView }
  }
  span: neighbourhood(actor: $actor, depth: $depth, filter: $span) { edges { id type date } }
}${actor}${relation}`;

// A clicked link's evidence, newest event first.
export const LINK_EVIDENCE = `
query LinkEvidence($id: ID!, $filter: RelationFilter) {
  link(id: $id, filter: $filter) {
    ...LinkView
    relations(first: 100) { totalCount nodes { ...RelationView } }
  }
}${link}${relation}`;

export const PATHS = `
query Paths($from: ID!, $to: ID!, $maxHops: Int, $k: Int, $filter: RelationFilter) {
  paths(from: $from, to: $to, maxHops: $maxHops, k: $k, filter: $filter) {
    length
    actors { ...ActorView }
    hops { from { id } to { id } links { ...LinkView } relations { ...RelationView } }
  }
}${actor}${link}${relation}`;
