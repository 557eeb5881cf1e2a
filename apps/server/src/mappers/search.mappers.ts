import type { ActorMapper } from './actor.mappers.ts';
import type { ArticleMapper } from './article.mappers.ts';
import type { Page } from './connection.ts';
import type { LocationMapper } from './location.mappers.ts';
import type { StatementMapper } from './statement.mappers.ts';

export interface SearchHitMapper {
  node:
    | (ArticleMapper & { __typename: 'Article' })
    | (ActorMapper & { __typename: 'Actor' })
    | (StatementMapper & { __typename: 'Statement' })
    | (LocationMapper & { __typename: 'Location' });
  snippet: string;
  score: number;
}

export type SearchConnectionMapper = Page<SearchHitMapper>;
