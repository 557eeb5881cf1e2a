import { ingestArticle as ingest } from '../../../ingest.ts';
import type { MutationResolvers } from './../../types.generated';

export const ingestArticle: NonNullable<MutationResolvers['ingestArticle']> = async (
  _parent,
  { input },
  { db, extract, dataChanged },
) => {
  const result = await ingest(db, extract, input);
  if (result.created) dataChanged();
  return result;
};
