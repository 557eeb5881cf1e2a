import type { Candidate } from './types.ts';

/** What every candidate must be given; the rest defaults to an unknown name with no evidence. */
type Required = Pick<Candidate, 'start' | 'end' | 'text' | 'sentence'>;

/** A candidate mention: a bare NAME of unknown kind unless `fields` say more. */
export function newCandidate(fields: Required & Partial<Candidate>): Candidate {
  return {
    role: 'NAME',
    kind: null,
    name: fields.text,
    nameWords: [],
    wordStarts: [],
    title: null,
    roleHead: null,
    countryCode: null,
    gender: null,
    personEvidence: false,
    agentive: false,
    subject: false,
    speaks: false,
    place: null,
    affiliations: [],
    sentenceInitial: false,
    headline: false,
    inQuote: false,
    located: false,
    ...fields,
  };
}
