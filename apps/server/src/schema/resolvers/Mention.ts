import { toGlobalId } from '../../ids.ts';
import { mustLoad } from '../../nodes.ts';
import type { MentionResolvers } from './../types.generated';

export const Mention: MentionResolvers = {
  id: ({ dbId }) => toGlobalId('Mention', dbId),
  actor: ({ actorId }, _args, { loaders }) => mustLoad(loaders.actor.load(actorId), 'actor'),
  article: ({ articleId }, _args, { loaders }) => mustLoad(loaders.article.load(articleId), 'article'),
};
