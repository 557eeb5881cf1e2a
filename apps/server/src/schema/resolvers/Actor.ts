import { dbIdOf, toGlobalId } from '../../ids.ts';
import type { ActorResolvers } from './../types.generated';

export const Actor: ActorResolvers = {
  id: ({ dbId }) => toGlobalId('Actor', dbId),
  mentions: ({ dbId }, { first, after, articleId }, { loaders }) =>
    loaders.actorMentions.load(dbId, { first, after }, 50, {
      articleId: articleId ? dbIdOf('Article', articleId, 'articleId') : null,
    }),
  statements: ({ dbId }, { first, after, kind }, { loaders }) =>
    loaders.actorStatements.load(dbId, { first, after }, 50, { kind: kind ?? null }),
  articles: ({ dbId }, { first, after }, { loaders }) => loaders.actorArticles.load(dbId, { first, after }, 20, {}),
  relations: ({ dbId }, { first, after }, { loaders }) => loaders.actorRelations.load(dbId, { first, after }, 50, {}),
};
