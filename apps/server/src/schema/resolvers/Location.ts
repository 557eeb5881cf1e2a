import { dbIdOf, toGlobalId } from '../../ids.ts';
import type { LocationResolvers } from './../types.generated';

export const Location: LocationResolvers = {
  id: ({ dbId }) => toGlobalId('Location', dbId),
  mentions: ({ dbId }, { first, after, articleId }, { loaders }) =>
    loaders.locationMentions.load(dbId, { first, after }, 50, {
      articleId: articleId ? dbIdOf('Article', articleId, 'articleId') : null,
    }),
  articles: ({ dbId }, { first, after }, { loaders }) => loaders.locationArticles.load(dbId, { first, after }, 20, {}),
  statements: ({ dbId }, { first, after }, { loaders }) =>
    loaders.locationStatements.load(dbId, { first, after }, 20, {}),
};
