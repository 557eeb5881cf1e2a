import { toGlobalId } from '../../ids.ts';
import { ARTICLE_PAGE_SIZES } from '../../loaders/article-page.ts';
import type { ArticleResolvers } from './../types.generated';

export const Article: ArticleResolvers = {
  id: ({ dbId }) => toGlobalId('Article', dbId),
  sections: async ({ dbId, text }, _args, { loaders }) =>
    (await loaders.sections.load(dbId)).map(({ kind, start, end }) => ({
      kind,
      start,
      end,
      text: text.slice(start, end),
    })),
  actors: ({ dbId }, { first, after, kind }, { loaders }) =>
    loaders.articleActors.load(dbId, { first, after }, ARTICLE_PAGE_SIZES.actors, { kind: kind ?? null }),
  mentions: ({ dbId }, { first, after }, { loaders }) =>
    loaders.articleMentions.load(dbId, { first, after }, ARTICLE_PAGE_SIZES.mentions, {}),
  statements: ({ dbId }, { first, after, kind }, { loaders }) =>
    loaders.articleStatements.load(dbId, { first, after }, ARTICLE_PAGE_SIZES.statements, { kind: kind ?? null }),
  locations: ({ dbId }, { first, after }, { loaders }) =>
    loaders.articleLocations.load(dbId, { first, after }, ARTICLE_PAGE_SIZES.locations, {}),
  locationMentions: ({ dbId }, { first, after }, { loaders }) =>
    loaders.articleLocationMentions.load(dbId, { first, after }, ARTICLE_PAGE_SIZES.locationMentions, {}),
  relations: ({ dbId }, { first, after }, { loaders }) =>
    loaders.articleRelations.load(dbId, { first, after }, ARTICLE_PAGE_SIZES.relations, {}),
};
