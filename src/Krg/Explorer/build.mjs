// Builds the explorer page and the GraphiQL page into ../wwwroot/dist (gitignored).
// Monaco (GraphiQL's editor) runs its language services in web workers; esbuild has no
// `new URL(..., import.meta.url)` worker support, so each worker is its own entry and the
// page points MonacoEnvironment.getWorker at the built files.
import * as esbuild from 'esbuild';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'wwwroot', 'dist');
// Built beside the live folder and swapped in at the end, so a running server never serves half a build.
const out = join(here, 'node_modules', '.cache', `krg-build-${process.pid}`);

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['es2022'],
  logLevel: 'warning',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
};

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await mkdir(dirname(dist), { recursive: true });

await esbuild.build({
  ...common,
  entryPoints: {
    explorer: join(here, 'web', 'explorer', 'main.js'),
    graphiql: join(here, 'web', 'graphiql', 'main.jsx'),
  },
  outdir: out,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  jsx: 'automatic',
});

await esbuild.build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  outdir: join(out, 'workers'),
  format: 'iife',
});

for (const page of ['index.html', 'graphiql.html']) {
  await cp(join(here, 'web', page), join(out, page));
}
await rm(dist, { recursive: true, force: true });
await rename(out, dist);
console.log(`explorer built into ${dist}`);
