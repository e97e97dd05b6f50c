// Bundles tagger.js with wink-nlp and its English model into ../../dist/tagger.js (gitignored): one script with
// no imports, which ClearScript V8 evaluates. V8 alone has no atob, which the model needs to decode itself,
// so the banner defines one before the bundle runs.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const atob = `if (typeof globalThis.atob !== 'function') { globalThis.atob = (s) => { const c = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'; let o = '', b = 0, n = 0; for (const ch of s.replace(/[^A-Za-z0-9+/]/g, '')) { b = (b << 6) | c.indexOf(ch); n += 6; if (n >= 8) { n -= 8; o += String.fromCharCode((b >> n) & 255); } } return o; }; }`;

await esbuild.build({
  entryPoints: [join(here, 'tagger.js')],
  outfile: join(here, '..', '..', 'dist', 'tagger.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  logLevel: 'warning',
  legalComments: 'linked',
  banner: { js: atob },
});
