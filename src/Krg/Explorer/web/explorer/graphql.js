// A minimal GraphQL-over-HTTP client: POST JSON, throw with the server's messages on errors.
export class GraphQLError extends Error {
  constructor(messages) {
    super(messages.join('\n'));
    this.messages = messages;
  }
}

export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError([`The server answered HTTP ${response.status} without a GraphQL response.`]);
  }
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message));
  if (!response.ok) throw new GraphQLError([`HTTP ${response.status}`]);
  return body.data;
}
