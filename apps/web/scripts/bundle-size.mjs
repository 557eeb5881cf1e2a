// Reports the gzip size of every JS chunk of the production build (dist/) and fails when the
// initial JS (the entry and everything it imports statically) exceeds the budget. Lazy chunks
// (routes, the map, the network layout) are listed but not counted. Run after `vite build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(webDir, 'dist');

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error('No build manifest in dist/.vite: run `vite build` first.');
  process.exit(1);
}

const gzipSize = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const dependency of chunk.imports ?? []) visit(dependency);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const rows = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js'))
  .map((chunk) => ({ file: chunk.file, gzip: gzipSize(chunk.file), initial: initial.has(chunk.file) }))
  .filter((row, index, all) => all.findIndex((other) => other.file === row.file) === index)
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

const initialTotal = rows.filter((row) => row.initial).reduce((sum, row) => sum + row.gzip, 0);
const lazyTotal = rows.filter((row) => !row.initial).reduce((sum, row) => sum + row.gzip, 0);

for (const row of rows) console.log(`${row.initial ? 'initial' : 'lazy   '}  ${kb(row.gzip).padStart(9)}  ${row.file}`);
console.log(`initial JS: ${kb(initialTotal)} gzip (budget ${kb(BUDGET)}); lazy JS: ${kb(lazyTotal)} gzip`);

const report = { budgetBytes: BUDGET, initialGzipBytes: initialTotal, lazyGzipBytes: lazyTotal, chunks: rows };
mkdirSync(join(webDir, 'artifacts'), { recursive: true });
writeFileSync(join(webDir, 'artifacts', 'bundle-size.json'), `${JSON.stringify(report, null, 2)}\n`);

if (initialTotal > BUDGET) {
  console.error(`Initial JS is ${kb(initialTotal)} gzip, over the ${kb(BUDGET)} budget.`);
  process.exit(1);
}
