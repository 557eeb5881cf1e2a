import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { type ArticlePart, articleWithParts } from '../db/article-page.ts';
import type { Db } from '../db/db.ts';
import type { Loaders } from './index.ts';
import type { PageArgs, PlannedPage } from './nested.ts';

/** Page sizes of the article's lists when `first` is not given (the SDL's defaults). */
export const ARTICLE_PAGE_SIZES = {
  actors: 50,
  mentions: 500,
  statements: 100,
  locations: 50,
  locationMentions: 500,
  relations: 100,
} as const;

type ListName = keyof typeof ARTICLE_PAGE_SIZES;
type ListArgs = PageArgs & { kind?: string | null };

interface ListSpec {
  /** Node fields that load an actor or a place, with the row column holding its id. */
  actorRefs?: Record<string, string>;
  locationRefs?: Record<string, string>;
  // The same loader call as the Article resolver's.
  plan(loaders: Loaders, articleId: number, args: ListArgs): PlannedPage;
}

const LISTS: Record<ListName, ListSpec> = {
  actors: {
    plan: (l, id, args) => l.articleActors.plan(id, args, ARTICLE_PAGE_SIZES.actors, { kind: args.kind ?? null }),
  },
  mentions: {
    actorRefs: { actor: 'actorId' },
    plan: (l, id, args) => l.articleMentions.plan(id, args, ARTICLE_PAGE_SIZES.mentions, {}),
  },
  statements: {
    actorRefs: { speaker: 'speakerId', source: 'sourceId', addressee: 'addresseeId' },
    plan: (l, id, args) =>
      l.articleStatements.plan(id, args, ARTICLE_PAGE_SIZES.statements, { kind: args.kind ?? null }),
  },
  locations: {
    plan: (l, id, args) => l.articleLocations.plan(id, args, ARTICLE_PAGE_SIZES.locations, {}),
  },
  locationMentions: {
    locationRefs: { location: 'locationId' },
    plan: (l, id, args) => l.articleLocationMentions.plan(id, args, ARTICLE_PAGE_SIZES.locationMentions, {}),
  },
  relations: {
    actorRefs: { subject: 'subjectId', object: 'objectId' },
    plan: (l, id, args) => l.articleRelations.plan(id, args, ARTICLE_PAGE_SIZES.relations, {}),
  },
};

const isListName = (name: string): name is ListName => Object.hasOwn(LISTS, name);

const isResolveTree = (tree: ReturnType<typeof parseResolveInfo>): tree is ResolveTree =>
  typeof tree?.name === 'string' && typeof tree.fieldsByTypeName === 'object';

/** The fields selected under `tree`, whatever the type condition or alias. */
const children = (tree: ResolveTree): ResolveTree[] =>
  Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));

/** Names of the fields selected on the nodes of a connection field (`edges { node { ... } }`). */
function nodeFieldNames(connection: ResolveTree): Set<string> {
  const names = new Set<string>();
  for (const edges of children(connection).filter((field) => field.name === 'edges')) {
    for (const node of children(edges).filter((field) => field.name === 'node')) {
      for (const field of children(node)) names.add(field.name);
    }
  }
  return names;
}

function listArgs(args: ResolveTree['args']): ListArgs {
  const { first, after, kind } = args;
  return {
    first: typeof first === 'number' ? first : null,
    after: typeof after === 'string' ? after : null,
    kind: typeof kind === 'string' ? kind : null,
  };
}

/**
 * Fetches what the query selects under `article(id)` (sections, its lists and the actors and
 * places their nodes show) in one statement and primes the request's loaders with it, so the
 * resolvers then run as always and find everything loaded. A list this cannot plan (a bad cursor)
 * is left to its resolver, which reports the error.
 */
export async function prefetchArticle(
  db: Db,
  loaders: Loaders,
  articleId: number,
  info: GraphQLResolveInfo,
): Promise<void> {
  const tree = parseResolveInfo(info);
  const fields = isResolveTree(tree) ? children(tree) : [];
  const parts: (ArticlePart & Pick<PlannedPage, 'prime'>)[] = [];
  const planned = new Set<string>();
  for (const field of fields) {
    if (!isListName(field.name)) continue;
    const spec = LISTS[field.name];
    const args = listArgs(field.args);
    const signature = JSON.stringify([field.name, args]);
    if (planned.has(signature)) continue;
    let page: PlannedPage;
    try {
      page = spec.plan(loaders, articleId, args);
    } catch {
      continue;
    }
    planned.add(signature);
    const selected = nodeFieldNames(field);
    const refs = (of: Record<string, string> = {}) =>
      Object.entries(of).flatMap(([name, column]) => (selected.has(name) ? [column] : []));
    parts.push({
      page: page.sql,
      actorRefs: refs(spec.actorRefs),
      locationRefs: refs(spec.locationRefs),
      prime: page.prime,
    });
  }
  const found = await articleWithParts(db, articleId, {
    sections: fields.some((field) => field.name === 'sections'),
    parts,
  });
  if (!found) {
    loaders.article.prime(articleId, null);
    return;
  }
  loaders.article.prime(articleId, found.article);
  if (found.sections) loaders.sections.prime(articleId, found.sections);
  parts.forEach((part, index) => {
    part.prime(found.parts[index] ?? []);
  });
  for (const actor of found.actors) loaders.actor.prime(actor.dbId, actor);
  for (const location of found.locations) loaders.location.prime(location.dbId, location);
}
