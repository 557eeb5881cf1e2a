import {
  buildASTSchema,
  type GraphQLField,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  isInterfaceType,
  isObjectType,
  parse,
  validateSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { readTypeDefs } from './index.ts';

const schema = buildASTSchema(parse(readTypeDefs().join('\n')));

const unwrap = (type: GraphQLOutputType): GraphQLOutputType =>
  type instanceof GraphQLNonNull ? unwrap(type.ofType) : type;

// Lists of objects that are small and bounded by nature, so they need no pagination.
const boundedLists = new Set(['Query.nodes', 'Article.sections', 'Network.actors', 'Network.links']);

describe('schema', () => {
  it('is a valid GraphQL schema', () => {
    expect(validateSchema(schema)).toEqual([]);
  });

  it('gives every object type with an id the Node interface', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node interface missing');
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      if (type.getFields().id) expect(type.getInterfaces(), type.name).toContain(node);
    }
  });

  it('paginates every unbounded list of objects as a cursor connection with first/after', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const name = `${type.name}.${field.name}`;
        const output = unwrap(field.type);
        if (output instanceof GraphQLList && unwrap(output.ofType) instanceof GraphQLObjectType) {
          expect(boundedLists.has(name), `${name} is a plain list`).toBe(true);
        }
        if (output instanceof GraphQLObjectType && output.name.endsWith('Connection')) {
          const args = field.args.map((arg) => arg.name);
          expect(args, name).toEqual(expect.arrayContaining(['first', 'after']));
        }
      }
    }
  });
});
