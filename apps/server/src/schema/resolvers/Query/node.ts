import { loadNode } from '../../../nodes.ts';
import type { QueryResolvers } from './../../types.generated';

export const node: NonNullable<QueryResolvers['node']> = (_parent, { id }, ctx) => loadNode(ctx, id);
