export { compare, SCHEMA_VERSION } from './pipeline.js';
export type * from './types.js';
