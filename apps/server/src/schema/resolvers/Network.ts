import type { NetworkResolvers } from './../types.generated';
export const Network: NetworkResolvers = {
  /* Implement Network resolver logic here */
};
