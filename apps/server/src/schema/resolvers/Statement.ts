import { toGlobalId } from '../../ids.ts';
import { mustLoad } from '../../nodes.ts';
import type { StatementResolvers } from './../types.generated';

export const Statement: StatementResolvers = {
  id: ({ dbId }) => toGlobalId('Statement', dbId),
  speaker: ({ speakerId }, _args, { loaders }) => (speakerId === null ? null : loaders.actor.load(speakerId)),
  source: ({ sourceId }, _args, { loaders }) => (sourceId === null ? null : loaders.actor.load(sourceId)),
  addressee: ({ addresseeId }, _args, { loaders }) => (addresseeId === null ? null : loaders.actor.load(addresseeId)),
  article: ({ articleId }, _args, { loaders }) => mustLoad(loaders.article.load(articleId), 'article'),
};
