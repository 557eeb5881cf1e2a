import { toGlobalId } from '../../ids.ts';
import { mustLoad } from '../../nodes.ts';
import type { LocationMentionResolvers } from './../types.generated';

export const LocationMention: LocationMentionResolvers = {
  id: ({ dbId }) => toGlobalId('LocationMention', dbId),
  location: ({ locationId }, _args, { loaders }) => mustLoad(loaders.location.load(locationId), 'location'),
  article: ({ articleId }, _args, { loaders }) => mustLoad(loaders.article.load(articleId), 'article'),
};
