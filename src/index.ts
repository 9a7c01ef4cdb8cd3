/**
 * The library: what the command line does, in three calls. `loadSources` reads files, folders, globs and web
 * pages; `compare` is the pure pipeline; `render` writes a report in any of the command line's formats.
 */
export { compare, SCHEMA_VERSION } from './pipeline.js';
export { InputError, LimitError, loadInputs, loadSources, type LoadOptions, type LoadResult, type LoadSourcesOptions } from './load/index.js';
export { FORMATS, fromJsonReport, render, toJsonReport, type Format, type RenderDefaults, type RenderOptions } from './report/index.js';
export type * from './report/json-types.js';
export { SCHEMA_ID, VERSION } from './version.js';
export type * from './types.js';
