import { toGlobalId } from '../../ids.ts';
import { mustLoad } from '../../nodes.ts';
import type { RelationResolvers } from './../types.generated';

export const Relation: RelationResolvers = {
  id: ({ dbId }) => toGlobalId('Relation', dbId),
  subject: ({ subjectId }, _args, { loaders }) => mustLoad(loaders.actor.load(subjectId), 'actor'),
  object: ({ objectId }, _args, { loaders }) => mustLoad(loaders.actor.load(objectId), 'actor'),
  article: ({ articleId }, _args, { loaders }) => mustLoad(loaders.article.load(articleId), 'article'),
};
