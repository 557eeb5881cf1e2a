import type { Candidate } from '../mentions/index.ts';
import type { PlaceLookup } from '../mentions/places.ts';
import { SEATS_OF_ORGANIZATIONS } from '../model/organizations.ts';
import type { ActorKind } from '../types.ts';

/** An actor being built: its mentions are candidates until the actor is output. */
export interface Cluster {
  key: string;
  kind: ActorKind;
  names: string[];
  titles: string[];
  countryCode: string | null;
  gender: Candidate['gender'];
  members: Candidate[];
  /** Person's name words, longest seen. */
  nameWords: string[];
}

/** Normalised names by name: the actor stage asks for the same few names many times per article. */
const normalized = new Map<string, string>();
/** Enough for any article; the cache starts over past it, so a long-running server does not grow it for ever. */
const MAX_NORMALIZED = 20_000;

export function normalizeName(name: string): string {
  let key = normalized.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    normalized.set(name, key);
  }
  return key;
}

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

export class ClusterIndex {
  readonly clusters: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();
  private readonly byName = new Map<string, Cluster>();

  get(key: string): Cluster | undefined {
    return this.byKey.get(key);
  }

  /** Any actor already known by this name or alias. */
  named(name: string): Cluster | undefined {
    return this.byName.get(normalizeName(name));
  }

  add(key: string, kind: ActorKind, candidate: Candidate, name: string): Cluster {
    let cluster = this.byKey.get(key) ?? this.named(name);
    if (!cluster) {
      cluster = { key, kind, names: [], titles: [], countryCode: null, gender: null, members: [], nameWords: [] };
      this.byKey.set(key, cluster);
      this.clusters.push(cluster);
    }
    this.attach(cluster, candidate, name);
    return cluster;
  }

  attach(cluster: Cluster, candidate: Candidate, name: string | null): void {
    cluster.members.push(candidate);
    if (name && !cluster.names.includes(name)) {
      cluster.names.push(name);
      this.byName.set(normalizeName(name), cluster);
    }
    // A description's words ("the long-serving leader") describe, they are no title.
    if (candidate.title && candidate.role === 'NAME') cluster.titles.push(candidate.title);
    cluster.countryCode ??= candidate.countryCode;
    cluster.gender ??= candidate.gender;
    if (candidate.nameWords.length > cluster.nameWords.length) cluster.nameWords = candidate.nameWords;
  }

  /** Moves every mention and name of `from` into `into`. */
  merge(from: Cluster, into: Cluster): void {
    for (const member of from.members) this.attach(into, member, null);
    for (const name of from.names) {
      if (!into.names.includes(name)) into.names.push(name);
      this.byName.set(normalizeName(name), into);
    }
    from.members = [];
  }

  /**
   * A "person" known only by a given-name guess whose first word is an organisation named
   * elsewhere is that organisation: "Westbrook Rovers" after "Westbrook coach X".
   */
  mergeOrganizationLookalikes(): void {
    for (const cluster of this.clusters) {
      if (cluster.kind !== 'PERSON' || cluster.titles.length || cluster.nameWords.length < 2) continue;
      const org = this.named(cluster.nameWords[0] ?? '');
      if (org && org !== cluster && org.kind === 'ORGANIZATION') this.merge(cluster, org);
    }
  }

  /** An organisation named by one word of a longer name ("Epic" for "Epic Games") is that organisation. */
  mergeShortOrganizations(): void {
    const orgs = this.clusters.filter((c) => c.kind === 'ORGANIZATION' && c.members.length);
    for (const short of orgs) {
      if (short.names.some((n) => /\s/.test(n))) continue;
      const word = short.names[0];
      if (!word) continue;
      const longer = orgs.filter(
        (c) => c !== short && c.names.some((n) => n.startsWith(`${word} `) || n.endsWith(` ${word}`)),
      );
      // Several fit ("the Commission" after the European Commission and a Commission for X): the
      // one named last before the short form, as a reader takes it.
      const first = Math.min(...short.members.map((m) => m.start));
      const lastBefore = (c: Cluster) => Math.max(-1, ...c.members.map((m) => m.start).filter((at) => at < first));
      const nearest = longer.length > 1 ? longer.reduce((a, b) => (lastBefore(b) > lastBefore(a) ? b : a)) : undefined;
      const only = longer.length === 1 ? longer[0] : nearest && lastBefore(nearest) >= 0 ? nearest : undefined;
      if (only) this.merge(short, only);
    }
  }

  /**
   * "European Centre for Disease Prevention and Control (ECDC)": an acronym in brackets right
   * after an organisation's name is that organisation, whatever letters it keeps.
   */
  mergeBracketedAcronyms(text: string): void {
    const endingAt = new Map<number, Cluster>();
    for (const cluster of this.clusters) {
      if (cluster.kind !== 'ORGANIZATION') continue;
      for (const member of cluster.members) endingAt.set(member.end, cluster);
    }
    for (const short of this.clusters) {
      if (short.kind !== 'ORGANIZATION' || !short.names.some((n) => /^[A-Z]{2,8}$/.test(n))) continue;
      for (const member of short.members) {
        if (text[member.start - 1] !== '(' || text[member.end] !== ')') continue;
        let at = member.start - 1;
        while (at > 0 && text[at - 1] === ' ') at--;
        const long = endingAt.get(at);
        if (long && long !== short) {
          this.merge(short, long);
          break;
        }
      }
    }
  }

  /** Merges acronyms into the organisation whose initials they spell ("EU" -> "European Union"). */
  mergeAcronyms(): void {
    const orgs = this.clusters.filter((c) => c.kind === 'ORGANIZATION');
    for (const short of orgs) {
      const acronym = short.names.find((n) => /^[A-Z]{2,6}$/.test(n));
      if (!acronym) continue;
      const long = orgs.find(
        (c) => c !== short && c.names.some((n) => n.length > acronym.length && initials(n) === acronym),
      );
      if (long) this.merge(short, long);
    }
  }
}

/** The key of the state a place stands for when it acts: its own code, or the country it is capital of. */
export function stateOf(
  candidate: Candidate,
  places: PlaceLookup,
): { key: string; kind: ActorKind; name: string; code: string | null } | null {
  const place = candidate.place;
  if (!place) return null;
  const seat = SEATS_OF_ORGANIZATIONS.get(candidate.name.toLowerCase());
  if (seat) return { key: `ORGANIZATION:${normalizeName(seat)}`, kind: 'ORGANIZATION', name: seat, code: null };
  const code = place.kind === 'COUNTRY' ? place.countryCode : place.capitalOf;
  if (!code) return null;
  return { key: `STATE:${code}`, kind: 'STATE', name: places.countryName(code) ?? candidate.name, code };
}
