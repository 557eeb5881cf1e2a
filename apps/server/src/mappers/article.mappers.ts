import type { Page } from './connection.ts';

export interface ArticleMapper {
  /** Database id; the API only shows the global id. */
  dbId: number;
  contentHash: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  ingestedAt: Date;
  text: string;
  wordCount: number;
}

export type ArticleConnectionMapper = Page<ArticleMapper>;
