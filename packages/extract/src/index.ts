export { extract } from './pipeline.ts';
export type * from './types.ts';
