import { badInput } from './errors.ts';

export const NODE_TYPES = [
  'Article',
  'Actor',
  'Mention',
  'Location',
  'LocationMention',
  'Statement',
  'Relation',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

/** Relay global id: base64url of "Type:dbId", opaque to clients. */
export function toGlobalId(type: NodeType, dbId: number): string {
  return Buffer.from(`${type}:${dbId}`, 'utf8').toString('base64url');
}

const MAX_DB_ID = 2 ** 31 - 1;

/** Decodes any global id; a malformed one is a BAD_USER_INPUT error. */
export function fromGlobalId(id: string): { type: NodeType; dbId: number } {
  const decoded = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  const type = NODE_TYPES.find((name) => name === match?.[1]);
  const dbId = Number(match?.[2]);
  if (!type || !(dbId <= MAX_DB_ID)) {
    throw badInput(`${JSON.stringify(id)} is not a valid id; use an id returned by this API.`, 'id');
  }
  return { type, dbId };
}

/** Decodes a global id that must name a `type`. */
export function dbIdOf(type: NodeType, id: string, field = 'id'): number {
  const decoded = fromGlobalId(id);
  if (decoded.type !== type) {
    throw badInput(
      `${field} must be an id of type ${type}, but ${JSON.stringify(id)} is of type ${decoded.type}.`,
      field,
    );
  }
  return decoded.dbId;
}
