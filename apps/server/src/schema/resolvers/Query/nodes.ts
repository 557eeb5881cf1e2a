import { badInput } from '../../../errors.ts';
import { loadNode } from '../../../nodes.ts';
import { MAX_PAGE_SIZE } from '../../../pagination.ts';
import type { QueryResolvers } from './../../types.generated';

export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, ctx) => {
  if (ids.length > MAX_PAGE_SIZE)
    throw badInput(`ids may hold at most ${MAX_PAGE_SIZE} ids, got ${ids.length}.`, 'ids');
  return Promise.all(ids.map((id) => loadNode(ctx, id)));
};
