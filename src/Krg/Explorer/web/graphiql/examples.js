// The example tabs GraphiQL opens with on a first visit (DESIGN §4 names).
const relationFields = `
      id type date datePrecision status confidence details
      source { id name } target { id name }
      attributedTo { id name }
      citation { quote rule document { id title url } }`;

export const exampleTabs = [
  {
    query: `# Who is within two hops of Kim Jong Un, and what links them?
query Neighbourhood($actor: ID!, $depth: Int) {
  neighbourhood(actor: $actor, depth: $depth) {
    truncated
    nodes { hops actor { id name kind degree } }
    edges {${relationFields}
    }
  }
}`,
    variables: JSON.stringify({ actor: 'kim-jong-un', depth: 2 }, null, 2),
  },
  {
    query: `# Shortest chains of evidence from Sergei Shoigu to the UN Security Council
query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, k: 3) {
    length
    actors { id name }
    hops {
      from { id } to { id }
      relations { type date status citation { quote document { id title } } }
    }
  }
}`,
    variables: JSON.stringify({ from: 'sergei-shoigu', to: 'unsc' }, null, 2),
  },
  {
    query: `# Supplies and visits from 2023 on (dates are partial: YYYY, YYYY-MM or YYYY-MM-DD)
query Relations($filter: RelationFilter) {
  relations(filter: $filter, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {${relationFields.replace(/\n/g, '\n    ')}
    } }
  }
}`,
    variables: JSON.stringify({ filter: { types: ['SUPPLIED', 'VISITED'], from: '2023' } }, null, 2),
  },
  {
    query: `# How big is the graph, and which relation types does it know?
query Stats {
  stats { actors relations documents failedDocuments relationsByType { type count } }
  relationTypes { name description symmetric }
}`,
  },
];

export function documentTab(id) {
  return {
    query: `query Document($id: ID!) {
  document(id: $id) { id title url outlet published }
}`,
    variables: JSON.stringify({ id }, null, 2),
  };
}
