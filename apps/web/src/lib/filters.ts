import type { ActorKind, StatementKind } from '../gql/graphql.ts';

export const ACTOR_KINDS: readonly ActorKind[] = ['PERSON', 'ORGANIZATION', 'STATE', 'GROUP'];
export const STATEMENT_KINDS: readonly StatementKind[] = ['DIRECT', 'INDIRECT', 'PARTIAL'];

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** How one list's filters are read from the URL and written back to it. */
export interface FilterCodec<F> {
  read: (params: URLSearchParams) => F;
  write: (filters: F) => URLSearchParams;
}

/** The URL parameters for a set of filters, under their parameter names; empty filters leave no trace. */
function writeParams<K extends string>(names: Record<K, string>, filters: Partial<Record<K, string>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(names) as K[]) {
    const value = filters[key]?.trim();
    if (value) params.set(names[key], value);
  }
  return params;
}

export interface ActorFilters {
  kind?: ActorKind;
  search?: string;
}

const actorParams = { kind: 'kind', search: 'q' } as const satisfies Record<keyof ActorFilters, string>;

/** Actor list filters from the URL; unknown kinds are ignored rather than sent to the API. */
export function readActorFilters(params: URLSearchParams): ActorFilters {
  return {
    kind: pick(ACTOR_KINDS, params.get(actorParams.kind)),
    search: text(params.get(actorParams.search)),
  };
}

export const writeActorFilters = (filters: ActorFilters): URLSearchParams => writeParams(actorParams, filters);

export const actorFilters: FilterCodec<ActorFilters> = { read: readActorFilters, write: writeActorFilters };

export interface StatementFilters {
  speaker?: string;
  kind?: StatementKind;
  cue?: string;
  articleId?: string;
  search?: string;
}

const statementParams = {
  speaker: 'speaker',
  kind: 'kind',
  cue: 'cue',
  articleId: 'article',
  search: 'q',
} as const satisfies Record<keyof StatementFilters, string>;

/** Statement list filters from the URL, so a filtered list is a link one can share. */
export function readStatementFilters(params: URLSearchParams): StatementFilters {
  return {
    speaker: text(params.get(statementParams.speaker)),
    kind: pick(STATEMENT_KINDS, params.get(statementParams.kind)),
    cue: text(params.get(statementParams.cue)),
    articleId: text(params.get(statementParams.articleId)),
    search: text(params.get(statementParams.search)),
  };
}

/** The URL parameters for a set of statement filters; empty filters leave no trace. */
export const writeStatementFilters = (filters: StatementFilters): URLSearchParams =>
  writeParams(statementParams, filters);

export const statementFilters: FilterCodec<StatementFilters> = {
  read: readStatementFilters,
  write: writeStatementFilters,
};
