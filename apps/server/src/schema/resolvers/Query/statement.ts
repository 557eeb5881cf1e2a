import { notFound } from '../../../errors.ts';
import { dbIdOf } from '../../../ids.ts';
import type { QueryResolvers } from './../../types.generated';

export const statement: NonNullable<QueryResolvers['statement']> = async (_parent, { id }, { loaders }) => {
  const row = await loaders.statement.load(dbIdOf('Statement', id));
  if (!row) throw notFound('statement', id);
  return row;
};
