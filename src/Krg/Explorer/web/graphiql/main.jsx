import './workers.js';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './graphiql.css';
import { exampleTabs, documentTab } from './examples.js';

const endpoint = new URL('/graphql', window.location.href).toString();

async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

// The explorer links a cited document as /graphql#document=<id>; open it as the current query.
const documentId = new URLSearchParams(window.location.hash.slice(1)).get('document');
const linked = documentId ? documentTab(documentId) : null;

// GraphiQL 5 fills the variables editor of the first tab from initialVariables only, not from
// defaultTabs, so on a first visit (no tabs stored yet) the first tab's query and variables are
// passed explicitly. On later visits stored tabs win and only a linked document adds a tab.
const firstVisit = window.localStorage.getItem('graphiql:tabState') === null;
const tabs = linked ? [linked, ...exampleTabs] : exampleTabs;
const opening = linked ?? (firstVisit ? tabs[0] : null);

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={tabs}
    initialQuery={opening?.query}
    initialVariables={opening?.variables}
    defaultEditorToolsVisibility={true}
  />,
);
