// Subscribes to graphChanged with the graphql-sse client (distinct connections mode, the protocol's reference client),
// and once the stream is open copies a document into the server's inbox; prints the first event as JSON and exits.
//   node subscribe-graph-changed.mjs http://127.0.0.1:5080/graphql <document file> <inbox folder>
import { createClient } from 'graphql-sse';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const [url, source, inbox] = process.argv.slice(2);
const client = createClient({ url, retryAttempts: 0 });
const query = 'subscription { graphChanged { generation addedRelations removedRelations documents { id title } } }';
const timer = setTimeout(() => { console.error('no graphChanged event within 60 s'); process.exit(2); }, 60_000);

const event = await new Promise((resolve, reject) => {
  let dispose = () => {};
  dispose = client.subscribe({ query }, {
    next: (value) => { dispose(); resolve(value); },
    error: reject,
    complete: () => reject(new Error('the stream completed before any event')),
  }, {
    connected: () => copyFile(source, join(inbox, `sse-${basename(source)}`)).catch(reject),
  });
});
clearTimeout(timer);
client.dispose();
process.stdout.write(JSON.stringify(event));
