import { type Candidate, newCandidate } from '../mentions/index.ts';
import type { PlaceLookup } from '../mentions/places.ts';
import { INSTITUTION_HEADS, INSTITUTION_MODIFIERS } from '../model/organizations.ts';
import type { Actor, ExtractOptions, Mention, Sentence } from '../types.ts';
import { type Cluster, ClusterIndex, normalizeName, stateOf } from './01-names.ts';
import { personByFirstWord, personByInnerWord, personBySurname } from './02-people.ts';
import { type Resolved, resolveDescription, resolveOrganization, resolvePronoun } from './03-references.ts';

/** A candidate and the actor it was resolved to, for the stages after this one. */
export interface Link {
  candidate: Candidate;
  actorId: string;
}

export interface ActorResult {
  actors: Actor[];
  links: Link[];
}

/** Sections whose names are actors: the story, and the publisher's appeal (which names the publisher). */
const ACTOR_SECTIONS = new Set(['BODY', 'APPEAL']);

/** Roles a place holds as a polity ("Texas governor"); other roles make it a team or firm ("Chicago coach"). */
const CIVIC_ROLES =
  /^(?:president|prime|premier|minister|mayor|governor|senator|sen|rep|representative|ambassador|envoy|king|queen|chancellor|leader|official|lawmaker|legislator|mp|judge|prosecutor|general|commander|secretary) /;

/** A name whose last word follows a lower-case "of" particle: "Canals de Valencia". */
const OF_PLACE = /\s(?:de|di|del|della|des|du)\s\S+$/;

/** A place that acts is its state (or the body seated there, or its team); one that does not is no actor. */
function addPlace(index: ClusterIndex, c: Candidate, places: PlaceLookup) {
  if (!c.agentive) return;
  const state = stateOf(c, places);
  if (state) index.add(state.key, state.kind, { ...c, countryCode: state.code }, state.name);
  // Any other city that acts is its team or its council: "Liverpool beat Chelsea", "Chicago sued".
  else if (c.place?.kind === 'CITY') {
    index.add(`ORGANIZATION:${normalizeName(c.name)}`, 'ORGANIZATION', { ...c, kind: 'ORGANIZATION' }, c.name);
  }
}

function addNames(
  index: ClusterIndex,
  names: Candidate[],
  places: PlaceLookup,
  owners: Map<number, string>,
): Candidate[] {
  const deferred: Candidate[] = [];
  for (const c of names) {
    const role = owners.get(c.start);
    if (c.role === 'PLACE' && role && !CIVIC_ROLES.test(role)) {
      index.add(
        `ORGANIZATION:${normalizeName(c.name)}`,
        'ORGANIZATION',
        { ...c, kind: 'ORGANIZATION', countryCode: null },
        c.name,
      );
    } else if (c.role === 'PLACE' && c.place?.kind !== 'COUNTRY' && !/\s/.test(c.name)) {
      // A one-word town may be a surname ("Raman"): decided once the people are known.
      deferred.push(c);
    } else if (c.role === 'PLACE') addPlace(index, c, places);
    else if (c.kind === 'STATE' && c.countryCode) {
      // A formal name that only says where ("in the United States") is a place, as a plain one is.
      if (c.agentive || !c.place) index.add(`STATE:${c.countryCode}`, 'STATE', c, c.name);
    } else if (c.kind === 'ORGANIZATION') index.add(`ORGANIZATION:${normalizeName(c.name)}`, 'ORGANIZATION', c, c.name);
    else if (c.kind === 'PERSON' && c.nameWords.length >= 2 && !opensWithCapital(c)) {
      // "Van Dijk smiled" after "Virgil van Dijk": the end of a longer name known before.
      const longer = personBySurname(index, c);
      if (longer) index.attach(longer, c, c.name);
      else index.add(`PERSON:${normalizeName(c.name)}`, 'PERSON', c, c.name);
    } else deferred.push(c);
  }
  return deferred;
}

/** An organisation whose name starts or ends with this one word ("Westbrook", "Rovers" for "Westbrook Rovers"). */
function organizationByWord(index: ClusterIndex, word: string): Cluster | null {
  const found = index.clusters.filter(
    (c) =>
      c.kind === 'ORGANIZATION' &&
      c.names.some((n) => n.split(/\s+/).length > 1 && (n.startsWith(`${word} `) || n.endsWith(` ${word}`))),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * "Late Okoro goal ...": two words opening a sentence, the first no given name nor title, whose
 * person evidence is the surname's alone; decided once the story's full names are known.
 */
const opensWithCapital = (c: Candidate): boolean =>
  c.sentenceInitial && c.nameWords.length === 2 && c.gender === null && c.title === null;

/** "Late Okafor" opening a headline: the capitalised first word is not part of the name. */
function trimOpener(c: Candidate): Candidate | null {
  const second = c.wordStarts[1];
  if (!c.sentenceInitial || c.nameWords.length !== 2 || second === undefined) return null;
  return {
    ...c,
    start: second,
    text: c.text.slice(second - c.start),
    name: c.nameWords[1] ?? '',
    nameWords: c.nameWords.slice(1),
    wordStarts: c.wordStarts.slice(1),
  };
}

/**
 * "Kipchoge Wins Berlin Marathon": in a title-case headline a name runs on into the verb, so each
 * word is tried alone as a known actor's name or a short name of a known person.
 */
function attachHeadlineWord(index: ClusterIndex, c: Candidate) {
  c.nameWords.forEach((word, i) => {
    const start = c.wordStarts[i];
    if (start === undefined) return;
    const single: Candidate = {
      ...c,
      start,
      end: start + word.length,
      text: word,
      name: word,
      nameWords: [word],
      wordStarts: [start],
    };
    const known = personBySurname(index, single) ?? personByInnerWord(index, single) ?? index.named(word);
    if (known) index.attach(known, single, null);
  });
}

/** Names the first pass could not place: short forms of known names, or unknown words that act. */
function addShortNames(
  index: ClusterIndex,
  deferred: Candidate[],
  sentences: Sentence[],
  owners: Map<number, string>,
  places: PlaceLookup,
) {
  const shortNames = new Set(
    deferred.filter((c) => c.nameWords.length === 1 || c.role === 'PLACE').map((c) => normalizeName(c.name)),
  );
  const orgKey = (c: Candidate) => `ORGANIZATION:${normalizeName(c.name)}`;
  const rest: Candidate[] = [];
  // Owners of a role ("Harbour City manager X") are organisations; a place owning a civic role
  // ("Vermont's governor, X,") is the polity, which acts only where its clause says so.
  const owns = (c: Candidate) => {
    const role = owners.get(c.start);
    return role !== undefined && !(c.role === 'PLACE' && CIVIC_ROLES.test(role));
  };
  for (const c of deferred) {
    const owned = owns(c);
    const org = owned ? organizationByWord(index, c.name) : null;
    if (org) index.attach(org, c, c.name);
    else if (owned) index.add(orgKey(c), 'ORGANIZATION', { ...c, kind: 'ORGANIZATION' }, c.name);
    else rest.push(c);
  }
  // Full names next, so "Smith" can find "John Smith" mentioned after it. A headline's "Late Smith"
  // waits for the names after it, so its surname can find "John Smith" named later in the story.
  const opensSentence = (c: Candidate) => (!c.personEvidence || opensWithCapital(c)) && trimOpener(c) !== null;
  const fullNames = [...rest.filter((c) => !opensSentence(c)), ...rest.filter(opensSentence)];
  for (const c of fullNames) {
    if (c.nameWords.length < 2) continue;
    const org = index.named(c.nameWords[0] ?? '');
    const trimmed = trimOpener(c);
    const person = trimmed ? personBySurname(index, trimmed) : null;
    const longer = personBySurname(index, c);
    // The same full name met elsewhere: the whole name is the mention, not its surname.
    const same = index.named(c.name);
    if (org?.kind === 'ORGANIZATION') index.attach(org, c, c.name);
    else if (longer) index.attach(longer, c, c.name);
    else if (same?.kind === 'PERSON') index.attach(same, c, c.name);
    else if (person && trimmed) index.attach(person, trimmed, trimmed.name);
    else if (c.personEvidence || c.speaks || shortNames.has(normalizeName(c.nameWords.at(-1) ?? ''))) {
      index.add(`PERSON:${normalizeName(c.name)}`, 'PERSON', c, c.name);
    } else if (c.agentive) {
      // Acts but never speaks or goes by a surname: "Met Éireann has extended", "Harbour City reached".
      index.add(orgKey(c), 'ORGANIZATION', { ...c, kind: 'ORGANIZATION' }, c.name);
    }
  }
  for (const c of rest) {
    if (c.role === 'PLACE') {
      const surnamed = personBySurname(index, { ...c, nameWords: [c.name] });
      // "Canals de X", "Banco di X": a name "of" a town is a body's, so the town never joins it.
      const person = surnamed?.names.some((n) => OF_PLACE.test(n)) ? null : surnamed;
      if (person) index.attach(person, { ...c, role: 'NAME', kind: 'PERSON', place: null }, c.name);
      else addPlace(index, c, places);
      continue;
    }
    if (c.nameWords.length >= 2) continue;
    // "clearing in the Amazon": a place, not the "Amazon Fund" nor the company.
    if (c.located && !c.agentive) continue;
    const known = index.named(c.name);
    const person =
      personBySurname(index, c) ?? (known ? null : (personByFirstWord(index, c) ?? personByInnerWord(index, c)));
    const org = known ? null : organizationByWord(index, c.name);
    if (person) index.attach(person, c, c.name);
    else if (known) index.attach(known, c, c.name);
    else if (org) index.attach(org, c, c.name);
    else if (c.kind === 'PERSON') index.add(`PERSON:${normalizeName(c.name)}`, 'PERSON', c, c.name);
    else if (c.agentive || (sentences[c.sentence]?.sectionKind === 'APPEAL' && !c.sentenceInitial)) {
      index.add(orgKey(c), 'ORGANIZATION', { ...c, kind: 'ORGANIZATION' }, c.name);
    }
  }
}

/** Pronouns and descriptions in text order, each resolved against the people mentioned so far. */
function addReferences(index: ClusterIndex, candidates: Candidate[]) {
  // By span: an actor may hold a copy of its candidate ("Apple" guessed an organisation).
  const spanOf = (c: Candidate) => `${c.start}:${c.end}:${c.role}`;
  const clusterOf = new Map<string, Cluster>();
  for (const cluster of index.clusters) for (const member of cluster.members) clusterOf.set(spanOf(member), cluster);
  const seen: Resolved[] = [];
  for (const c of candidates) {
    const named = clusterOf.get(spanOf(c));
    let cluster: Cluster | null | undefined = named;
    if (!named && c.role === 'PRONOUN') cluster = resolvePronoun(c, seen);
    if (!named && c.role === 'DESCRIPTION') {
      cluster = c.kind === 'ORGANIZATION' ? resolveOrganization(c, seen) : resolveDescription(c, seen);
    }
    if (!cluster && c.role === 'DESCRIPTION') cluster = unnamedInstitution(index, c);
    if (!cluster) continue;
    if (!named) index.attach(cluster, c, null);
    if (cluster.kind === 'PERSON' || cluster.kind === 'ORGANIZATION') seen.push({ candidate: c, cluster });
  }
}

/**
 * "The health ministry said": a body the text never names, described by its portfolio and its
 * institution word as the subject of a verb, is an actor of its own ("Health Ministry"); later
 * "the ministry" finds it by its word.
 */
function unnamedInstitution(index: ClusterIndex, c: Candidate): Cluster | null {
  const words = c.text.toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? '';
  const portfolio = words.at(-2) ?? '';
  if (c.kind !== 'ORGANIZATION' || !c.subject || c.inQuote || words.length !== 3) return null;
  if (!INSTITUTION_HEADS.has(head) || !INSTITUTION_MODIFIERS.has(portfolio)) return null;
  const name = [portfolio, head].map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join(' ');
  return index.add(`ORGANIZATION:${normalizeName(name)}`, 'ORGANIZATION', { ...c, role: 'NAME', name }, name);
}

/** Every occurrence of the publisher's name becomes a mention of one ORGANIZATION. */
function addPublisher(index: ClusterIndex, text: string, sentences: Sentence[], publisher: string | undefined) {
  if (!publisher?.trim()) return;
  const name = publisher.trim();
  const known = index.named(name);
  // Told it is the publisher: whatever the name looked like, it is an organisation.
  if (known) known.kind = 'ORGANIZATION';
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const taken = index.clusters.some((c) => c.members.some((m) => m.start <= at && m.end >= at + name.length));
    if (taken) continue;
    const sentence = sentences.findIndex((s) => s.start <= at && at < s.end);
    const mention = newCandidate({ start: at, end: at + name.length, text: name, sentence, kind: 'ORGANIZATION' });
    index.add(`ORGANIZATION:${normalizeName(name)}`, 'ORGANIZATION', mention, name);
  }
}

/** Mentions in text order without those inside another ("Commission" within "the Commission"). */
function outermost(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) {
    const last = kept.at(-1);
    if (last && last.start <= m.start && m.end <= last.end) continue;
    if (last && m.start <= last.start && last.end <= m.end) kept.pop();
    kept.push(m);
  }
  return kept;
}

function canonicalName(cluster: Cluster): string {
  if (cluster.kind === 'STATE') return cluster.names[0] ?? '';
  return cluster.names.reduce((best, n) => {
    const words = n.split(/\s+/).length - best.split(/\s+/).length;
    return words > 0 || (words === 0 && n.length > best.length) ? n : best;
  }, cluster.names[0] ?? '');
}

/**
 * Groups candidate mentions into actors: one per real entity, with its fullest name, title,
 * country, aliases and every mention (names, short names, descriptions, pronouns).
 */
export function resolveActors(
  text: string,
  sentences: Sentence[],
  candidates: Candidate[],
  places: PlaceLookup,
  options: ExtractOptions = {},
): ActorResult {
  // Other chrome (bylines, credits, footers) names the publisher as "The ..."; nothing else there is news.
  const usable = candidates.filter(
    (c) =>
      ACTOR_SECTIONS.has(sentences[c.sentence]?.sectionKind ?? '') ||
      (c.kind === 'ORGANIZATION' && c.role === 'NAME' && c.name.startsWith('The ')),
  );
  const index = new ClusterIndex();
  // A headline's capitals say little: its names only join actors the story names.
  const inChrome = (c: Candidate) => !ACTOR_SECTIONS.has(sentences[c.sentence]?.sectionKind ?? '');
  const names = usable.filter((c) => (c.role === 'NAME' || c.role === 'PLACE') && (!c.headline || inChrome(c)));
  const headlineNames = usable.filter((c) => c.role === 'NAME' && c.headline && !inChrome(c));
  const owners = new Map<number, string>();
  for (const c of usable) for (const a of c.affiliations) if (a.mention) owners.set(a.mention.start, a.predicate);
  addShortNames(index, addNames(index, names, places, owners), sentences, owners, places);
  for (const c of headlineNames) {
    const known =
      index.named(c.name) ??
      personBySurname(index, c) ??
      personByInnerWord(index, c) ??
      organizationByWord(index, c.name);
    if (known) index.attach(known, c, null);
    else attachHeadlineWord(index, c);
  }
  index.mergeBracketedAcronyms(text);
  index.mergeAcronyms();
  index.mergeShortOrganizations();
  index.mergeOrganizationLookalikes();
  addReferences(index, usable);
  addPublisher(index, text, sentences, options.publisher);

  const built = index.clusters
    .filter((c) => c.members.length > 0)
    .map((cluster) => ({ cluster, first: Math.min(...cluster.members.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  const actors: Actor[] = [];
  const links: Link[] = [];
  built.forEach(({ cluster }, i) => {
    const id = `a${i + 1}`;
    const name = canonicalName(cluster);
    const mentions = new Map<string, Mention>();
    for (const m of [...cluster.members].sort((a, b) => a.start - b.start)) {
      mentions.set(`${m.start}:${m.end}`, { start: m.start, end: m.end, text: m.text });
      links.push({ candidate: m, actorId: id });
    }
    const aliases = new Set<string>();
    for (const m of [...cluster.members].sort((a, b) => a.start - b.start)) {
      // Names the text uses for it: short forms, and the capital or formal name a state goes by.
      const alias = m.role === 'PLACE' ? m.text : m.role === 'NAME' ? m.name : null;
      const formal = m.role === 'NAME' && m.kind === 'STATE' ? m.text : null;
      for (const a of [alias, formal]) if (a && normalizeName(a) !== normalizeName(name)) aliases.add(a);
    }
    const title = cluster.titles.reduce<string | null>((best, t) => (!best || t.length > best.length ? t : best), null);
    actors.push({
      id,
      name,
      kind: cluster.kind,
      title,
      countryCode: cluster.countryCode,
      aliases: [...aliases],
      mentions: outermost([...mentions.values()]),
    });
  });
  return { actors, links };
}
