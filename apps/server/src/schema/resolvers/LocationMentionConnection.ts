import type { LocationMentionConnectionResolvers } from './../types.generated';

export const LocationMentionConnection: LocationMentionConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
