// Must run before graphiql is imported: Monaco reads MonacoEnvironment when its first editor starts.
// The workers are separate esbuild entries (see build.mjs), served next to this bundle.
const base = new URL('./workers/', import.meta.url);

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'json' ? 'json.worker.js' : label === 'graphql' ? 'graphql.worker.js' : 'editor.worker.js';
    return new Worker(new URL(file, base));
  },
};
