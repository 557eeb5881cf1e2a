import type { Page } from './connection.ts';

export interface ActorMapper {
  /** Database id; the API only shows the global id. */
  dbId: number;
  kind: 'PERSON' | 'ORGANIZATION' | 'STATE' | 'GROUP';
  name: string;
  title: string | null;
  countryCode: string | null;
  aliases: string[];
  mentionCount: number;
}

export interface MentionMapper {
  /** Database id; the API only shows the global id. */
  dbId: number;
  articleId: number;
  actorId: number;
  start: number;
  end: number;
  text: string;
}

export type ActorConnectionMapper = Page<ActorMapper>;
export type MentionConnectionMapper = Page<MentionMapper>;
