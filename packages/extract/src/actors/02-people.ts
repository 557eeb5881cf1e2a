import type { Candidate } from '../mentions/index.ts';
import type { Cluster, ClusterIndex } from './01-names.ts';

const lastWord = (words: string[]): string => (words.at(-1) ?? '').toLowerCase();

/**
 * The person a short name refers to: a known person whose name ends with it
 * ("Lukashenko" -> "Alexander Lukashenko"), the nearest one before, else the first after.
 */
export function personBySurname(index: ClusterIndex, candidate: Candidate): Cluster | null {
  // "Von der Leyen": the particles the name words leave out are part of the short name.
  const spelled = candidate.name.split(/\s+/);
  const withParticles = spelled.some((w) => PARTICLES.has(w));
  const words = (candidate.nameWords.length && !withParticles ? candidate.nameWords : spelled).map((w) =>
    w.toLowerCase(),
  );
  const surname = words.at(-1);
  if (!surname) return null;
  // "Ten Hag" is the end of "Erik ten Hag": every word must match the end of the full name.
  const endsWith = (full: string[]) => {
    // "Robert F. Kennedy Jr." ends, for its surname, before the generation.
    const lower = full.map((w) => w.toLowerCase()).filter((w, i, all) => i < all.length - 1 || !GENERATION.test(w));
    return lower.length > words.length && words.every((w, i) => lower[lower.length - words.length + i] === w);
  };
  let before: Cluster | null = null;
  let beforeAt = -1;
  let after: Cluster | null = null;
  let afterAt = Number.POSITIVE_INFINITY;
  for (const cluster of index.clusters) {
    if (cluster.kind !== 'PERSON' || cluster.nameWords.length < 2 || lastWord(cluster.nameWords) !== surname) continue;
    if (!endsWith(cluster.names.reduce((a, n) => (n.length > a.length ? n : a), '').split(/\s+/))) continue;
    for (const member of cluster.members) {
      if (member.start < candidate.start && member.start > beforeAt) {
        before = cluster;
        beforeAt = member.start;
      } else if (member.start > candidate.start && member.start < afterAt) {
        after = cluster;
        afterAt = member.start;
      }
    }
  }
  return before ?? after;
}

/**
 * The one known person whose name starts with this word: a first-name reference ("Valentina said")
 * or a family name written first ("Li" for "Li Wei").
 */
export function personByFirstWord(index: ClusterIndex, candidate: Candidate): Cluster | null {
  if (candidate.nameWords.length > 1) return null;
  const word = candidate.name.toLowerCase();
  const found = index.clusters.filter(
    (c) => c.kind === 'PERSON' && c.nameWords.length >= 2 && (c.nameWords[0] ?? '').toLowerCase() === word,
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** Lower-case particles inside names, never a name on their own ("da" in "Lula da Silva"). */
const PARTICLES = new Set([
  'da',
  'de',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
]);

/**
 * The one known person whose name has this word inside it, not first or last: "Lula" for "Luiz
 * Inácio Lula da Silva". Two such people make it ambiguous: no one.
 */
export function personByInnerWord(index: ClusterIndex, candidate: Candidate): Cluster | null {
  if (candidate.nameWords.length > 1) return null;
  const word = candidate.name.toLowerCase();
  if (PARTICLES.has(word)) return null;
  const found = index.clusters.filter(
    (c) =>
      c.kind === 'PERSON' && c.nameWords.length >= 3 && c.nameWords.slice(1, -1).some((w) => w.toLowerCase() === word),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}
