import type { GraphQLContext } from './context.ts';
import { fromGlobalId, type NodeType } from './ids.ts';

/** Loads the object a global id names, tagged with its GraphQL type; null when nothing has the id. */
export async function loadNode({ loaders }: GraphQLContext, id: string) {
  const { type, dbId } = fromGlobalId(id);
  const tag = <T extends NodeType, R>(__typename: T, row: R | null) => (row ? { ...row, __typename } : null);
  switch (type) {
    case 'Article':
      return tag(type, await loaders.article.load(dbId));
    case 'Actor':
      return tag(type, await loaders.actor.load(dbId));
    case 'Mention':
      return tag(type, await loaders.mention.load(dbId));
    case 'Location':
      return tag(type, await loaders.location.load(dbId));
    case 'LocationMention':
      return tag(type, await loaders.locationMention.load(dbId));
    case 'Statement':
      return tag(type, await loaders.statement.load(dbId));
    case 'Relation':
      return tag(type, await loaders.relation.load(dbId));
  }
}

/** Loads a row a resolver must find: its absence means the database lost a reference. */
export async function mustLoad<R>(load: Promise<R | null>, what: string): Promise<R> {
  const row = await load;
  if (!row) throw new Error(`dangling reference to ${what}`);
  return row;
}
