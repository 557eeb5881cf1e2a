import { ingestArticle as ingest } from '../../../ingest.ts';
import { trackIngest } from '../../../progress.ts';
import type { MutationResolvers } from './../../types.generated';

export const ingestArticle: NonNullable<MutationResolvers['ingestArticle']> = async (
  _parent,
  { input: { ingestId, ...input } },
  { db, extract, dataChanged, progress },
) => {
  const result = await trackIngest(progress, ingestId, (onStage) => ingest(db, extract, input, onStage));
  if (result.created) dataChanged();
  return result;
};
