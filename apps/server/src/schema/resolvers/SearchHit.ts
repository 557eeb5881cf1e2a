import type { SearchHitResolvers } from './../types.generated';
export const SearchHit: SearchHitResolvers = {
  /* Implement SearchHit resolver logic here */
};
