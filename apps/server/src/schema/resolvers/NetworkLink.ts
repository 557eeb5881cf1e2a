import { mustLoad } from '../../nodes.ts';
import type { NetworkLinkResolvers } from './../types.generated';

export const NetworkLink: NetworkLinkResolvers = {
  source: ({ sourceId }, _args, { loaders }) => mustLoad(loaders.actor.load(sourceId), 'actor'),
  target: ({ targetId }, _args, { loaders }) => mustLoad(loaders.actor.load(targetId), 'actor'),
};
