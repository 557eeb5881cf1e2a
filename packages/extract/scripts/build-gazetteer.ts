// Regenerates src/model/gazetteer.tsv from the GeoNames-derived data packages (devDependencies).
// Run after upgrading one of them: `pnpm gazetteer`; the gazetteer test fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { buildGazetteer } from '../src/model/build-gazetteer.ts';

const target = new URL('../src/model/gazetteer.tsv', import.meta.url);
const text = buildGazetteer();
writeFileSync(target, text);
const places = text.split('\n').filter((line) => /^[CPR]\t/.test(line)).length;
console.error(`wrote ${target.pathname}: ${places} places, ${(text.length / 1024).toFixed(0)} KiB`);
