import { notFound } from '../../../errors.ts';
import { dbIdOf } from '../../../ids.ts';
import type { QueryResolvers } from './../../types.generated';

export const location: NonNullable<QueryResolvers['location']> = async (_parent, { id }, { loaders }) => {
  const row = await loaders.location.load(dbIdOf('Location', id));
  if (!row) throw notFound('location', id);
  return row;
};
