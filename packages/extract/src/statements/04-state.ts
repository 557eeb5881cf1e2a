import type { StatementKind } from '../types.ts';
import type { Memory } from './03-speaker.ts';

/** A statement before ids are given. */
export interface Draft {
  kind: StatementKind;
  start: number;
  end: number;
  cue: string | null;
  speakerId: string | null;
  sourceId: string | null;
  addresseeId: string | null;
  /** Start of the sentence that carries the attribution (where "according to X" adds a source). */
  anchor: number;
  /** Paragraph index of the statement's last part (a quote over several paragraphs ends in its last). */
  paragraph: number;
  /** A direct quote whose own attribution (not the context) gave its speaker. */
  attributed?: boolean;
}

/** What the stage builds up while it reads the body in text order. */
export interface State {
  drafts: Draft[];
  memory: Memory;
  /** Start offsets of cue words already used to attribute a direct quote. */
  consumed: Set<number>;
  lastDirect: Draft | null;
}

export function newState(): State {
  return {
    drafts: [],
    memory: { lastPersonSpeaker: null, lastPersonSpeakerAt: 0, unknownNameAt: -1 },
    consumed: new Set(),
    lastDirect: null,
  };
}

/** Records a statement and remembers its speaker when it is a person. */
export function addDraft(state: State, draft: Draft, isPerson: (actorId: string) => boolean): void {
  state.drafts.push(draft);
  if (draft.kind === 'DIRECT') state.lastDirect = draft;
  if (draft.speakerId && isPerson(draft.speakerId)) {
    state.memory.lastPersonSpeaker = draft.speakerId;
    state.memory.lastPersonSpeakerAt = draft.end;
  }
}

/** Statements whose attribution sits in the sentence starting at anchor (the last few drafts only). */
export function draftsAnchoredAt(state: State, anchor: number): Draft[] {
  const out: Draft[] = [];
  for (let i = state.drafts.length - 1; i >= 0 && i >= state.drafts.length - 12; i--) {
    const d = state.drafts[i];
    if (d && d.anchor === anchor) out.push(d);
  }
  return out.reverse();
}
