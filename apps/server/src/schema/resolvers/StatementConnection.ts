import type { StatementConnectionResolvers } from './../types.generated';

export const StatementConnection: StatementConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
