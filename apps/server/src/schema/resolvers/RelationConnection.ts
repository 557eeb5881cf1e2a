import type { RelationConnectionResolvers } from './../types.generated';

export const RelationConnection: RelationConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
