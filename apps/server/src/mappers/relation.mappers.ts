import type { Page } from './connection.ts';

export interface RelationMapper {
  /** Database id; the API only shows the global id. */
  dbId: number;
  articleId: number;
  subjectId: number;
  predicate: string;
  objectId: number;
  start: number;
  end: number;
}

export type RelationConnectionMapper = Page<RelationMapper>;

export interface NetworkLinkMapper {
  sourceId: number;
  targetId: number;
  kind: 'RELATION' | 'SPEAKS_ABOUT' | 'QUOTED_BY';
  label: string | null;
  weight: number;
}
