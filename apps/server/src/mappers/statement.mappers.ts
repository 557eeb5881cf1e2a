import type { Page } from './connection.ts';

export interface StatementMapper {
  /** Database id; the API only shows the global id. */
  dbId: number;
  articleId: number;
  kind: 'DIRECT' | 'INDIRECT' | 'PARTIAL';
  text: string;
  start: number;
  end: number;
  cue: string | null;
  speakerId: number | null;
  sourceId: number | null;
  addresseeId: number | null;
}

export type StatementConnectionMapper = Page<StatementMapper>;
