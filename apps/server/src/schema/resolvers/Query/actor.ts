import { notFound } from '../../../errors.ts';
import { dbIdOf } from '../../../ids.ts';
import type { QueryResolvers } from './../../types.generated';

export const actor: NonNullable<QueryResolvers['actor']> = async (_parent, { id }, { loaders }) => {
  const row = await loaders.actor.load(dbIdOf('Actor', id));
  if (!row) throw notFound('actor', id);
  return row;
};
