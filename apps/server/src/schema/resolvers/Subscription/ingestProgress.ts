import { badInput } from '../../../errors.ts';
import { type IngestProgressEvent, isIngestId } from '../../../progress.ts';
import type { SubscriptionResolvers } from './../../types.generated';

export const ingestProgress: NonNullable<SubscriptionResolvers['ingestProgress']> = {
  subscribe: (_parent, { ingestId }, { progress }) => {
    if (!isIngestId(ingestId)) throw badInput('ingestId must be a UUID.', 'ingestId');
    return progress.follow(ingestId);
  },
  resolve: (event: IngestProgressEvent) => event,
};
