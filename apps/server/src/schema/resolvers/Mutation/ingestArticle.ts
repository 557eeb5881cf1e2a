import { ingestArticle as ingest } from '../../../ingest.ts';
import type { MutationResolvers } from './../../types.generated';

export const ingestArticle: NonNullable<MutationResolvers['ingestArticle']> = (_parent, { input }, { db, extract }) =>
  ingest(db, extract, input);
