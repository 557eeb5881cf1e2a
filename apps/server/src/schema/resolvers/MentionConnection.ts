import type { MentionConnectionResolvers } from './../types.generated';

export const MentionConnection: MentionConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
