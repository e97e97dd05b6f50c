// Live updates (issue 18): follows Subscription.graphChanged over GraphQL over SSE with the graphql-sse client and
// calls back when the stored graph changed, at most once per `quietMs` so a burst of ingestion redraws once.
import { createClient } from 'graphql-sse';

const GRAPH_CHANGED = 'subscription { graphChanged { generation documents { id } addedRelations removedRelations } }';

export function followGraphChanges(onChange, { url = '/graphql', quietMs = 1000 } = {}) {
  const client = createClient({ url, retryAttempts: 1000, retry: () => new Promise((resolve) => setTimeout(resolve, 5000)) });
  let pending = null;
  let latest = null;
  const fire = () => { pending = null; onChange(latest); };
  const dispose = client.subscribe({ query: GRAPH_CHANGED }, {
    next: ({ data }) => {
      if (!data?.graphChanged) return;
      latest = data.graphChanged;
      pending ??= setTimeout(fire, quietMs);
    },
    error: (error) => console.warn('graphChanged stream ended:', error),
    complete: () => {},
  });
  return () => { clearTimeout(pending); dispose(); client.dispose(); };
}
