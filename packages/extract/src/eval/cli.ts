// `pnpm eval [--verbose] [--json] [DIR|gold.json ...]`: scores extract() against annotated articles
// (default: every folder of test/fixtures) and prints one row per article and the macro average.
import { type ArticleScore, evaluateGold, FIXTURES_DIR, type Figure, findGoldFiles, macroAverage } from './evaluate.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const paths = args.filter((a) => !a.startsWith('--'));
const goldFiles = findGoldFiles(paths.length ? paths : [FIXTURES_DIR]);
if (!goldFiles.length) {
  console.error(`no gold.json found under ${paths.join(', ') || FIXTURES_DIR}`);
  process.exit(2);
}

let scores: ArticleScore[];
try {
  scores = goldFiles.map(evaluateGold);
} catch (e) {
  // A bad gold file or a missing article is the annotator's to fix: say which, without a stack.
  console.error(`could not score: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
const average = macroAverage(scores);
if (asJson) {
  console.log(
    JSON.stringify({ articles: scores.map(({ name, rows, summary }) => ({ name, rows, summary })), average }, null, 2),
  );
  process.exit(0);
}

const COLUMNS: Array<[Figure, string]> = [
  ['actorsF1', 'actors F1'],
  ['locationsF1', 'locations F1'],
  ['geo161', 'geo ≤161km'],
  ['statementsF1', 'statements F1'],
  ['appeal', 'appeal'],
  ['chrome', 'chrome'],
];
const cell = (v: number | boolean | null): string =>
  (v === null ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : `${(100 * v).toFixed(1)}%`).padStart(14);
const width = Math.max(16, ...scores.map((s) => s.name.length + 2));
console.log(`${'article'.padEnd(width)}${COLUMNS.map(([, h]) => h.padStart(14)).join('')}`);
for (const s of scores) {
  console.log(`${s.name.padEnd(width)}${COLUMNS.map(([k]) => cell(s.summary[k])).join('')}`);
  if (verbose) {
    for (const [label, n, d] of s.rows) console.log(`    ${label.padEnd(44)} ${String(n).padStart(3)} / ${d}`);
    for (const m of s.misses) console.log(`    ${m}`);
  }
}
console.log(`${'macro average'.padEnd(width)}${COLUMNS.map(([k]) => cell(average[k])).join('')}`);
