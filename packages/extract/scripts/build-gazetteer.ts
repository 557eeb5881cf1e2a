// Regenerates src/model/gazetteer.tsv and src/model/airports.tsv from the data packages
// (devDependencies). Run after upgrading one of them: `pnpm gazetteer`; the gazetteer test fails
// while a file is stale.
import { writeFileSync } from 'node:fs';
import { buildAirports } from '../src/model/build-airports.ts';
import { buildGazetteer } from '../src/model/build-gazetteer.ts';

const target = new URL('../src/model/gazetteer.tsv', import.meta.url);
const text = buildGazetteer();
writeFileSync(target, text);
const places = text.split('\n').filter((line) => /^[CPR]\t/.test(line)).length;
console.error(`wrote ${target.pathname}: ${places} places, ${(text.length / 1024).toFixed(0)} KiB`);

const airportsTarget = new URL('../src/model/airports.tsv', import.meta.url);
const airports = buildAirports();
writeFileSync(airportsTarget, airports);
console.error(
  `wrote ${airportsTarget.pathname}: ${airports.split('\n').length - 1} airport names, ${(airports.length / 1024).toFixed(0)} KiB`,
);
