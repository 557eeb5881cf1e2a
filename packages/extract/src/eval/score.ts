/**
 * Scores an extraction against a reference annotation in the gold format, with the matching rules
 * of the outside yardstick (shared/eval/score.mjs): actors by name, surname or mention; locations
 * by name or mention with country code and a 161 km check; direct quotes by word-overlap F1 >= 0.8,
 * reported speech by its key phrase, then the speaker; the publisher's appeal as its own section.
 */

export interface GoldSection {
  kind: string;
  firstLine: string;
  lastLine: string;
}

export interface GoldActor {
  name: string;
  kind: string;
  required: boolean;
  mentions?: string[];
}

export interface GoldLocation {
  name: string;
  kind: string;
  countryCode: string | null;
  lat?: number | null;
  lng?: number | null;
  required: boolean;
  mentions?: string[];
}

export interface GoldStatement {
  kind: 'DIRECT' | 'INDIRECT' | 'PARTIAL';
  speaker: string | null;
  cue?: string;
  quote?: string;
  key?: string;
  required: boolean;
}

export interface Gold {
  article: string;
  sections: GoldSection[];
  actors: GoldActor[];
  locations: GoldLocation[];
  statements: GoldStatement[];
}

/** The parts of an extraction the scorer reads; other fields are ignored, as score.mjs does. */
export interface Scorable {
  sections?: Array<{ kind: string; start: number; end: number }>;
  actors?: Array<{
    id: string;
    name: string;
    kind: string;
    aliases?: string[];
    mentions?: Array<{ start: number; end: number; text?: string }>;
  }>;
  locations?: Array<{
    id: string;
    name: string;
    countryCode?: string | null;
    latitude?: number | null;
    longitude?: number | null;
    aliases?: string[];
    mentions?: Array<{ start: number; end: number; text?: string }>;
  }>;
  statements?: Array<{ kind: string; text?: string; start?: number; end?: number; speakerId?: string | null }>;
}

export interface Summary {
  actorsF1: number;
  locationsF1: number;
  geo161: number;
  statementsF1: number;
  /** The publisher's appeal came back as a non-BODY section; null when the article has none. */
  appeal: boolean | null;
  /** Share of the reference's non-BODY sections (appeal, byline, caption, links) told apart; null when none. */
  chrome: number | null;
}

export interface Score {
  rows: Array<[string, number, number]>;
  summary: Summary;
  /** Reference statements missed or misattributed, actors missed or mistyped, locations missed. */
  misses: string[];
}

export const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

export const words = (s: string | null | undefined): string[] =>
  norm(s)
    .replace(/["'.,;:!?()[\]—–-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Word-bag F1 between two strings. */
export function overlapF1(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.length || !B.length) return 0;
  const bag = new Map<string, number>();
  for (const w of B) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of A) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / A.length;
  const r = common / B.length;
  return (2 * p * r) / (p + r);
}

/** Great-circle distance in km. */
export function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const R = 6371;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

const ratio = (n: number, d: number): number => (d ? n / d : 1);
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

export function scoreExtraction(text: string, gold: Gold, out: Scorable): Score {
  const mentionText = (m: { start: number; end: number; text?: string }) => m.text ?? text.slice(m.start, m.end);

  // ---- actors: by canonical name, then surname (people), then any mention string
  const actors = out.actors ?? [];
  const goldActorFor = (a: (typeof actors)[number]): GoldActor | undefined => {
    const name = norm(a.name);
    const byName = gold.actors.find((g) => norm(g.name) === name);
    if (byName) return byName;
    if (a.kind === 'PERSON') {
      const last = words(a.name).at(-1);
      const bySurname = gold.actors.find((g) => g.kind === 'PERSON' && words(g.name).at(-1) === last);
      if (bySurname) return bySurname;
    }
    const names = [...(a.aliases ?? []), ...(a.mentions ?? []).map(mentionText)].map(norm);
    return gold.actors.find((g) => [g.name, ...(g.mentions ?? [])].map(norm).some((n) => names.includes(n)));
  };
  const actorMatch = new Map(actors.map((a) => [a.id, goldActorFor(a)]));
  const reqActors = gold.actors.filter((g) => g.required);
  const foundActors = reqActors.filter((g) => actors.some((a) => actorMatch.get(a.id) === g));
  const typedActors = reqActors.filter((g) => actors.some((a) => actorMatch.get(a.id) === g && a.kind === g.kind));
  const spuriousActors = actors.filter((a) => !actorMatch.get(a.id));
  const dupActors = reqActors.filter((g) => actors.filter((a) => actorMatch.get(a.id) === g).length > 1);

  // ---- locations: by name or mention, with country code and distance checks
  const locations = out.locations ?? [];
  const goldLocationFor = (l: (typeof locations)[number]): GoldLocation | undefined => {
    const names = [l.name, ...(l.aliases ?? []), ...(l.mentions ?? []).map(mentionText)].map(norm);
    return gold.locations.find((g) => [g.name, ...(g.mentions ?? [])].map(norm).some((n) => names.includes(n)));
  };
  const reqLocations = gold.locations.filter((g) => g.required);
  const locMatch = new Map(locations.map((l) => [l.id, goldLocationFor(l)]));
  const foundLocations = reqLocations.filter((g) => locations.some((l) => locMatch.get(l.id) === g));
  const coded = reqLocations.filter((g) => g.countryCode);
  const rightCode = coded.filter((g) =>
    locations.some((l) => locMatch.get(l.id) === g && (l.countryCode ?? '').toUpperCase() === g.countryCode),
  );
  const placed = reqLocations.filter((g) => g.lat != null && g.lng != null);
  const within161 = placed.filter((g) =>
    locations.some(
      (l) =>
        locMatch.get(l.id) === g &&
        l.latitude != null &&
        l.longitude != null &&
        km({ lat: l.latitude, lng: l.longitude }, { lat: g.lat ?? 0, lng: g.lng ?? 0 }) <= 161,
    ),
  );
  const spuriousLocations = locations.filter((l) => !locMatch.get(l.id));

  // ---- statements: direct quotes by word overlap, reported speech by a key phrase; then the speaker
  const statements = out.statements ?? [];
  type Extracted = (typeof statements)[number];
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const stText = (s: Extracted): string => s.text ?? (s.start != null ? text.slice(s.start, s.end) : '');
  const statementFor = (g: GoldStatement, used: Set<Extracted>): Extracted | null => {
    const cands = statements.filter((s) => !used.has(s));
    if (g.quote) {
      let best: Extracted | null = null;
      let bestF = 0;
      for (const s of cands) {
        const f = overlapF1(stText(s), g.quote);
        if (f > bestF) {
          best = s;
          bestF = f;
        }
      }
      return bestF >= 0.8 ? best : null;
    }
    return cands.find((s) => norm(stText(s)).includes(norm(g.key))) ?? null;
  };
  const reqStatements = gold.statements.filter((g) => g.required);
  const used = new Set<Extracted>();
  const stRows = reqStatements.map((g) => {
    const s = statementFor(g, used);
    if (s) used.add(s);
    const speaker = s?.speakerId ? actorById.get(s.speakerId) : undefined;
    const speakerOk =
      !!s && (g.speaker == null ? !speaker : !!speaker && actorMatch.get(speaker.id)?.name === g.speaker);
    return { g, s, speakerOk };
  });
  const attributed = stRows.filter((r) => r.speakerOk);
  const direct = stRows.filter((r) => r.g.kind === 'DIRECT');
  const indirect = stRows.filter((r) => r.g.kind === 'INDIRECT');
  const anyGoldSt = (s: Extracted) =>
    gold.statements.some((g) =>
      g.quote ? overlapF1(stText(s), g.quote) >= 0.8 : norm(stText(s)).includes(norm(g.key)),
    );
  const spuriousSt = statements.filter((s) => !anyGoldSt(s));

  // ---- sections: the publisher's appeal (and, beyond score.mjs, every other piece of chrome) told apart
  const sections = out.sections ?? [];
  const toldApart = (firstLine: string): boolean => {
    const at = text.indexOf(firstLine);
    return at >= 0 && sections.some((s) => s.kind !== 'BODY' && Math.abs(s.start - at) <= 40);
  };
  const appealLine = gold.sections.find((s) => s.kind === 'APPEAL')?.firstLine;
  const appealStart = appealLine === undefined ? -1 : text.indexOf(appealLine);
  const appealFound = appealLine !== undefined && toldApart(appealLine);
  const chrome = gold.sections.filter((s) => s.kind !== 'BODY' && text.includes(s.firstLine));
  const chromeFound = chrome.filter((s) => toldApart(s.firstLine));

  const rows: Array<[string, number, number]> = [
    ['actors found (required)', foundActors.length, reqActors.length],
    ['actors with the right kind', typedActors.length, reqActors.length],
    ['actors not in the reference', spuriousActors.length, actors.length],
    ['reference actors split into duplicates', dupActors.length, reqActors.length],
    ['locations found (required)', foundLocations.length, reqLocations.length],
    ['locations with the right country code', rightCode.length, coded.length],
    ['locations within 161 km', within161.length, placed.length],
    ['locations not in the reference', spuriousLocations.length, locations.length],
    ['direct quotes found', direct.filter((r) => r.s).length, direct.length],
    ['direct quotes with the right speaker', direct.filter((r) => r.speakerOk).length, direct.length],
    ['reported statements found', indirect.filter((r) => r.s).length, indirect.length],
    ['reported statements with the right speaker', indirect.filter((r) => r.speakerOk).length, indirect.length],
    ['statements not in the reference', spuriousSt.length, statements.length],
    ['publisher appeal told apart', appealFound ? 1 : 0, appealStart >= 0 ? 1 : 0],
    ['page chrome told apart', chromeFound.length, chrome.length],
  ];

  const misses = [
    ...stRows
      .filter((r) => !r.speakerOk)
      .map((r) => `missed or misattributed: ${r.g.kind} ${JSON.stringify((r.g.quote ?? r.g.key ?? '').slice(0, 60))}`),
    ...spuriousSt.map((s) => `statement not in the reference: ${s.kind} ${JSON.stringify(stText(s).slice(0, 60))}`),
    ...reqActors.filter((g) => !typedActors.includes(g)).map((g) => `actor missed or mistyped: ${g.name}`),
    ...spuriousActors.map((a) => `actor not in the reference: ${a.name}`),
    ...reqLocations.filter((g) => !foundLocations.includes(g)).map((g) => `location missed: ${g.name}`),
    ...spuriousLocations.map((l) => `location not in the reference: ${l.name}`),
    ...chrome.filter((s) => !chromeFound.includes(s)).map((s) => `chrome not told apart: ${s.kind} ${s.firstLine}`),
  ];

  return {
    rows,
    summary: {
      actorsF1: f1(
        ratio(actors.length - spuriousActors.length, actors.length),
        ratio(typedActors.length, reqActors.length),
      ),
      locationsF1: f1(
        ratio(locations.length - spuriousLocations.length, locations.length),
        ratio(rightCode.length, coded.length),
      ),
      geo161: ratio(within161.length, placed.length),
      statementsF1: f1(
        ratio(statements.length - spuriousSt.length, statements.length),
        ratio(attributed.length, reqStatements.length),
      ),
      appeal: appealStart >= 0 ? appealFound : null,
      chrome: chrome.length ? chromeFound.length / chrome.length : null,
    },
    misses,
  };
}
