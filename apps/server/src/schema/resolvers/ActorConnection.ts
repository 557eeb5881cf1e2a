import type { ActorConnectionResolvers } from './../types.generated';

export const ActorConnection: ActorConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
