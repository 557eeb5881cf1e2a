import { readFileSync } from 'node:fs';
import { extract } from './pipeline.ts';

/** `extract [FILE|-]`: prints the extraction of FILE (or standard input) as one JSON document. */
function main(argv: string[]): number {
  const [file = '-', ...rest] = argv;
  if (rest.length || file === '--help' || file === '-h') {
    process.stderr.write('usage: extract [FILE]   (reads standard input when FILE is missing or "-")\n');
    return file === '--help' || file === '-h' ? 0 : 2;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`extract: cannot read ${file === '-' ? 'standard input' : file}: ${reason}\n`);
    return 1;
  }
  const started = performance.now();
  let result: ReturnType<typeof extract>;
  try {
    result = extract(text);
  } catch (error) {
    // A bug, not bad input: say where, and fail without printing half a document.
    process.stderr.write(
      `extract: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 70;
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stderr.write(
    `extract: ${result.actors.length} actors, ${result.locations.length} locations, ${result.statements.length} statements in ${Math.round(performance.now() - started)} ms\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
